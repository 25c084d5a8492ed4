import type { ConversationStatus, IdentityKind, Priority } from "@/db/schema/enum-values";

/** What the ingestion needs to know (and changes) about one conversation. */
export type ConversationState = {
  status: ConversationStatus;
  priority: Priority;
  waitingSince: Date | null;
  firstResponseAt: Date | null;
  lastMessageAt: Date;
  snoozedUntil: Date | null;
  preview: string;
};

export type FoldMessage = {
  messageId: string;
  direction: "inbound" | "outbound";
  automated: boolean;
  text: string;
  at: Date;
  identityId: string | null;
  identityKind: IdentityKind | null;
};

export type FoldedResponse = {
  messageId: string;
  identityId: string;
  identityKind: IdentityKind;
  waitStartedAt: Date;
  respondedAt: Date;
  isFirst: boolean;
};

/**
 * Applies new messages (in time order) to a conversation, with ARCHITECTURE's metric definitions: an inbound
 * message starts a wait unless one is running and reopens a resolved or snoozed conversation; an outbound message
 * by a person ends the wait (one response, the first one if none came before); automated messages do not stop
 * the clock. Pure, so the batch code and its tests share it.
 */
export function foldMessages(
  initial: ConversationState,
  messages: readonly FoldMessage[],
): { state: ConversationState; responses: FoldedResponse[]; reopened: boolean } {
  const state = { ...initial };
  const responses: FoldedResponse[] = [];
  let reopened = false;
  for (const m of messages) {
    if (m.at > state.lastMessageAt) state.lastMessageAt = m.at;
    if (m.direction === "inbound") {
      if (state.status === "resolved" || state.status === "snoozed") {
        state.status = "open";
        reopened = true;
      }
      state.snoozedUntil = null;
      state.waitingSince ??= m.at;
      state.preview = m.text.slice(0, 280);
      continue;
    }
    if (m.automated || !state.waitingSince || !m.identityId || !m.identityKind) continue;
    responses.push({
      messageId: m.messageId,
      identityId: m.identityId,
      identityKind: m.identityKind,
      waitStartedAt: state.waitingSince,
      respondedAt: m.at < state.waitingSince ? state.waitingSince : m.at,
      isFirst: state.firstResponseAt === null,
    });
    state.firstResponseAt ??= m.at;
    state.waitingSince = null;
  }
  return { state, responses, reopened };
}
