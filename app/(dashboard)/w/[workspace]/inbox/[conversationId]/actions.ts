"use server";

import { setContactLabels, updateConversation } from "@/db/queries/conversation-changes";
import { addNote } from "@/db/queries/notes";
import { retryDelivery, sendReply } from "@/db/queries/replies";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { can } from "@/lib/auth/permissions";
import { triageScope } from "@/lib/inbox/triage";
import { orThrow } from "@/lib/outcome";
import {
  addNoteSchema,
  retryDeliverySchema,
  sendReplySchema,
  setContactLabelsSchema,
  updateConversationSchema,
} from "@/lib/conversation/schemas";
import { AppError } from "@/lib/errors";

// Permissions: speaking is conversations.reply; status, priority, category, tags and taking a conversation
// oneself are conversations.triage; assigning someone else is conversations.assign.

/** Answers as a voice; who may use which voice is decided inside sendReply by canSpeakAs. */
export const sendReplyAction = workspaceAction(
  "conversations.reply",
  sendReplySchema,
  async (input, { db, workspaceId, user, membership }) =>
    orThrow(await sendReply(db, { workspaceId, ...input, user: { id: user.id, role: membership.role } })),
);

export const retryDeliveryAction = workspaceAction(
  "conversations.reply",
  retryDeliverySchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await retryDelivery(db, { workspaceId, messageId: input.messageId, userId: user.id })),
);

/** Status, priority, category, sentiment in place; assigning someone else needs conversations.assign. */
export const updateConversationAction = workspaceAction(
  "conversations.triage",
  updateConversationSchema,
  async (input, { db, workspaceId, user, membership }) => {
    const { conversationId, version, ...changes } = input;
    if (
      changes.assigneeId !== undefined &&
      changes.assigneeId !== user.id &&
      !can(membership.role, "conversations.assign")
    ) {
      throw new AppError("forbidden");
    }
    return orThrow(
      await updateConversation(db, {
        workspaceId,
        conversationId,
        version,
        changes,
        actorUserId: user.id,
        scope: triageScope(user.id, membership.role),
      }),
    );
  },
);

export const setContactLabelsAction = workspaceAction(
  "conversations.triage",
  setContactLabelsSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(
      await setContactLabels(db, {
        workspaceId,
        contactId: input.contactId,
        labels: input.labels,
        actorUserId: user.id,
      }),
    ),
);

export const addNoteAction = workspaceAction("notes.create", addNoteSchema, async (input, { db, workspaceId, user }) =>
  orThrow(
    await addNote(db, {
      workspaceId,
      conversationId: input.conversationId,
      authorUserId: user.id,
      body: input.body,
      mentions: input.mentions,
    }),
  ),
);
