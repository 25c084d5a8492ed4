"use server";

import { createSavedReply, deleteSavedReply, updateSavedReply } from "@/db/queries/saved-replies";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { orThrow } from "@/lib/outcome";
import { createSavedReplySchema, deleteSavedReplySchema, updateSavedReplySchema } from "@/lib/conversation/schemas";

export const createSavedReplyAction = workspaceAction(
  "savedReplies.manage",
  createSavedReplySchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await createSavedReply(db, { workspaceId, actorUserId: user.id, input })),
);

export const updateSavedReplyAction = workspaceAction(
  "savedReplies.manage",
  updateSavedReplySchema,
  async ({ savedReplyId, ...input }, { db, workspaceId, user }) =>
    orThrow(await updateSavedReply(db, { workspaceId, actorUserId: user.id, savedReplyId, input })),
);

export const deleteSavedReplyAction = workspaceAction(
  "savedReplies.manage",
  deleteSavedReplySchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await deleteSavedReply(db, { workspaceId, actorUserId: user.id, savedReplyId: input.savedReplyId })),
);
