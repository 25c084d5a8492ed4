"use server";

import { setContactLabels, updateConversation } from "@/db/queries/conversation-changes";
import { addNote } from "@/db/queries/notes";
import { retryDelivery, sendReply } from "@/db/queries/replies";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { can } from "@/lib/auth/permissions";
import { unwrap } from "@/lib/conversation/outcome-error";
import { addNoteSchema, retryDeliverySchema, sendReplySchema, setContactLabelsSchema, updateConversationSchema } from "@/lib/conversation/schemas";
import { AppError } from "@/lib/errors";

// Permissions: speaking is conversations.reply; viewing/triage use the names of today's table (inbox.view,
// conversations.reply) until the rename to conversations.view / conversations.triage lands.

/** Answers as a voice; who may use which voice is decided inside sendReply by canSpeakAs. */
export const sendReplyAction = workspaceAction("conversations.reply", sendReplySchema, async (input, { db, workspaceId, user, membership }) =>
  unwrap(await sendReply(db, { workspaceId, ...input, user: { id: user.id, role: membership.role } })),
);

export const retryDeliveryAction = workspaceAction("conversations.reply", retryDeliverySchema, async (input, { db, workspaceId, user }) =>
  unwrap(await retryDelivery(db, { workspaceId, messageId: input.messageId, userId: user.id })),
);

/** Status, priority, category, sentiment in place; assigning someone else needs conversations.assign. */
export const updateConversationAction = workspaceAction("conversations.reply", updateConversationSchema, async (input, { db, workspaceId, user, membership }) => {
  const { conversationId, version, ...changes } = input;
  if (changes.assigneeId !== undefined && changes.assigneeId !== user.id && !can(membership.role, "conversations.assign")) {
    throw new AppError("forbidden");
  }
  return unwrap(await updateConversation(db, { workspaceId, conversationId, version, changes, actorUserId: user.id }));
});

export const setContactLabelsAction = workspaceAction("conversations.reply", setContactLabelsSchema, async (input, { db, workspaceId, user }) =>
  unwrap(await setContactLabels(db, { workspaceId, contactId: input.contactId, labels: input.labels, actorUserId: user.id })),
);

export const addNoteAction = workspaceAction("notes.create", addNoteSchema, async (input, { db, workspaceId, user }) =>
  unwrap(await addNote(db, { workspaceId, conversationId: input.conversationId, authorUserId: user.id, body: input.body, mentions: input.mentions })),
);
