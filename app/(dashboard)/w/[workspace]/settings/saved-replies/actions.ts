"use server";

import { createSavedReply, deleteSavedReply, updateSavedReply } from "@/db/queries/saved-replies";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { unwrap } from "@/lib/conversation/outcome-error";
import { createSavedReplySchema, deleteSavedReplySchema, updateSavedReplySchema } from "@/lib/conversation/schemas";

export const createSavedReplyAction = workspaceAction("savedReplies.manage", createSavedReplySchema, async (input, { db, workspaceId, user }) =>
  unwrap(await createSavedReply(db, { workspaceId, actorUserId: user.id, input })),
);

export const updateSavedReplyAction = workspaceAction("savedReplies.manage", updateSavedReplySchema, async ({ savedReplyId, ...input }, { db, workspaceId, user }) =>
  unwrap(await updateSavedReply(db, { workspaceId, actorUserId: user.id, savedReplyId, input })),
);

export const deleteSavedReplyAction = workspaceAction("savedReplies.manage", deleteSavedReplySchema, async (input, { db, workspaceId, user }) =>
  unwrap(await deleteSavedReply(db, { workspaceId, actorUserId: user.id, savedReplyId: input.savedReplyId })),
);
