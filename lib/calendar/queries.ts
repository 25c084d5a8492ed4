import { queryOptions } from "@tanstack/react-query";
import type { PostListItem } from "@/db/queries/posts";
import type { PostDetail } from "@/db/queries/posts-detail";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";
import type { PostFilters } from "./schemas";

export type CalendarPost = Jsonify<PostListItem>;
export type CalendarPostDetail = Jsonify<PostDetail>;

/** Filters as URL parameters (comma-separated lists), shared by the page URL and the JSON route. */
export function filterParams(filters: PostFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) {
    const text = Array.isArray(value) ? value.join(",") : value;
    if (text) out[key] = text;
  }
  return out;
}

/** The calendar's queries, stated once for the server prefetch and the client (which loads through the JSON route). */
export const calendarQueries = {
  all: (workspaceId: string) => ["calendar", workspaceId] as const,
  range: (
    workspaceId: string,
    from: Date,
    to: Date,
    filters: PostFilters = {},
    load = () =>
      fetchJson<CalendarPost[]>(
        `/api/w/${workspaceId}/posts?${new URLSearchParams({ from: from.toISOString(), to: to.toISOString(), ...filterParams(filters) })}`,
      ),
  ) =>
    queryOptions({
      queryKey: [
        ...calendarQueries.all(workspaceId),
        from.toISOString(),
        to.toISOString(),
        filterParams(filters),
      ] as const,
      queryFn: load,
    }),
  post: (workspaceId: string, postId: string) =>
    queryOptions({
      queryKey: [...calendarQueries.all(workspaceId), "post", postId] as const,
      queryFn: () => fetchJson<CalendarPostDetail>(`/api/w/${workspaceId}/posts/${postId}`),
    }),
};
