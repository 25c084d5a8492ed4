import { infiniteQueryOptions } from "@tanstack/react-query";
import type { listConversations } from "@/db/queries/conversations";
import type { ConversationStatus } from "@/db/schema/enums";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";
import type { loadQueuePage } from "@/db/queries/queue-page";
import type { IgnoredParam } from "./filters";

export type ConversationPage = Jsonify<Awaited<ReturnType<typeof listConversations>>>;
type Cursor = ConversationPage["nextCursor"];

/** How the browser loads a page: the JSON route. The server prefetch passes its own loader (the query itself). */
function fetchPage(workspaceId: string, status: ConversationStatus, cursor: Cursor) {
  const search = new URLSearchParams({ status });
  if (cursor) search.set("cursor", cursor);
  return fetchJson<ConversationPage>(`/api/w/${workspaceId}/conversations?${search}`);
}

/** The inbox's queries, stated once for the server prefetch and the client. */
export const inboxQueries = {
  all: (workspaceId: string) => ["inbox", workspaceId] as const,
  list: (
    workspaceId: string,
    status: ConversationStatus,
    load = (cursor: Cursor) => fetchPage(workspaceId, status, cursor),
  ) =>
    infiniteQueryOptions({
      queryKey: [...inboxQueries.all(workspaceId), "list", status] as const,
      queryFn: ({ pageParam }) => load(pageParam),
      initialPageParam: null as Cursor,
      getNextPageParam: (last) => last.nextCursor,
    }),
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
