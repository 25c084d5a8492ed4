import { queryOptions } from "@tanstack/react-query";
import type { ConversationView } from "@/db/queries/conversation-view";
import type { NotificationList } from "@/db/queries/notifications";
import { fetchJson } from "@/lib/fetch-json";
import type { Jsonify } from "@/lib/jsonify";

export type ConversationViewData = Jsonify<ConversationView>;
export type NotificationsData = Jsonify<NotificationList>;

/** Others' replies, notes and changes show up within this interval (polling works across app instances). */
export const CONVERSATION_POLL_MS = 4_000;
const NOTIFICATIONS_POLL_MS = 15_000;

/**
 * The conversation view's and the notifications menu's queries, stated once for the server prefetch (which passes
 * its own loader, the query itself) and the client (which loads through the JSON routes and polls).
 */
export const conversationQueries = {
  view: (
    workspaceId: string,
    conversationId: string,
    load = () => fetchJson<ConversationViewData>(`/api/w/${workspaceId}/conversations/${conversationId}`),
  ) =>
    queryOptions({
      queryKey: ["conversation", workspaceId, conversationId] as const,
      queryFn: load,
      refetchInterval: CONVERSATION_POLL_MS,
      staleTime: 0,
    }),
  notifications: (
    workspaceId: string,
    load = () => fetchJson<NotificationsData>(`/api/w/${workspaceId}/notifications`),
  ) =>
    queryOptions({
      queryKey: ["notifications", workspaceId] as const,
      queryFn: load,
      refetchInterval: NOTIFICATIONS_POLL_MS,
    }),
};
