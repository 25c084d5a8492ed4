import { infiniteQueryOptions } from "@tanstack/react-query";
import type { listAuditEvents } from "@/db/queries/audit";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";
import { auditSearchParams, type AuditFilterParams } from "./search-params";

export type AuditPage = Jsonify<Awaited<ReturnType<typeof listAuditEvents>>>;
type Cursor = AuditPage["nextCursor"];

function fetchPage(workspaceId: string, filters: AuditFilterParams, cursor: Cursor) {
  const search = auditSearchParams(filters);
  if (cursor) search.set("cursor", cursor);
  return fetchJson<AuditPage>(`/api/w/${workspaceId}/audit?${search}`);
}

/** The audit log's queries, stated once for the server prefetch and the client. */
export const auditQueries = {
  all: (workspaceId: string) => ["audit", workspaceId] as const,
  list: (
    workspaceId: string,
    filters: AuditFilterParams,
    load = (cursor: Cursor) => fetchPage(workspaceId, filters, cursor),
  ) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all(workspaceId), "list", auditSearchParams(filters).toString()] as const,
      queryFn: ({ pageParam }) => load(pageParam),
      initialPageParam: null as Cursor,
      getNextPageParam: (last) => last.nextCursor,
    }),
};
