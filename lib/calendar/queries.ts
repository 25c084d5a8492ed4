import { queryOptions } from "@tanstack/react-query";
import type { PostListItem } from "@/db/queries/posts";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";

export type CalendarPost = Jsonify<PostListItem>;

/** The calendar's queries, stated once for the server prefetch and the client (which loads through the JSON route). */
export const calendarQueries = {
  all: (workspaceId: string) => ["calendar", workspaceId] as const,
  range: (
    workspaceId: string,
    from: Date,
    to: Date,
    load = () =>
      fetchJson<CalendarPost[]>(
        `/api/w/${workspaceId}/posts?${new URLSearchParams({ from: from.toISOString(), to: to.toISOString() })}`,
      ),
  ) =>
    queryOptions({
      queryKey: [...calendarQueries.all(workspaceId), from.toISOString(), to.toISOString()] as const,
      queryFn: load,
    }),
};
