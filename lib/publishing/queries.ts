import { queryOptions } from "@tanstack/react-query";
import type { PostPublishing } from "@/db/queries/publishing-read";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";

export type PostPublishingView = Jsonify<PostPublishing>;

const IN_FLIGHT_POLL_MS = 2_000;
const SETTLED_POLL_MS = 30_000;

/** A post's publishing state, polled fast while a target is on its way and slowly afterwards (metrics grow). */
export const publishingQueries = {
  all: (workspaceId: string) => ["publishing", workspaceId] as const,
  post: (workspaceId: string, postId: string) =>
    queryOptions({
      queryKey: [...publishingQueries.all(workspaceId), postId] as const,
      queryFn: () => fetchJson<PostPublishingView>(`/api/w/${workspaceId}/posts/${postId}/publishing`),
      refetchInterval: (query) =>
        query.state.data?.targets.some((t) => t.status === "pending" || t.status === "publishing") ||
        query.state.data?.post.status === "scheduled"
          ? IN_FLIGHT_POLL_MS
          : SETTLED_POLL_MS,
    }),
};
