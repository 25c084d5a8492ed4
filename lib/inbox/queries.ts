import { infiniteQueryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";
import type { loadQueuePage } from "@/db/queries/queue-page";
import type { IgnoredParam } from "./filters";

/** The inbox's queries, stated once for the server prefetch and the client. */
export const inboxQueries = {
  all: (workspaceId: string) => ["inbox", workspaceId] as const,
};

export type QueuePage = Jsonify<Awaited<ReturnType<typeof loadQueuePage>>> & { ignored?: IgnoredParam[] };
export type QueueRowItem = QueuePage["items"][number];

/** The reply queue (issue 9): one infinite list per filter set, keyed by its URL search string. */
export const queueQueries = {
  page: (workspaceId: string, search: string, load?: (cursor: string | null) => Promise<QueuePage>) =>
    infiniteQueryOptions({
      queryKey: [...inboxQueries.all(workspaceId), "queue", search] as const,
      queryFn: ({ pageParam }) =>
        load
          ? load(pageParam)
          : fetchJson<QueuePage>(
              `/api/w/${workspaceId}/conversations?${search}${pageParam ? `${search ? "&" : ""}cursor=${pageParam}` : ""}`,
            ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
    }),
};
