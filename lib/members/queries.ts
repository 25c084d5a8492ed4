import { queryOptions } from "@tanstack/react-query";
import type { Member } from "@/db/queries/members";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";

/** The members list, stated once for the server prefetch and the client (which loads through the JSON route). */
export const memberQueries = {
  all: (workspaceId: string) => ["members", workspaceId] as const,
  list: (workspaceId: string, load = () => fetchJson<Jsonify<Member[]>>(`/api/w/${workspaceId}/members`)) =>
    queryOptions({ queryKey: memberQueries.all(workspaceId), queryFn: load }),
};
