"use server";

import { recordAudit } from "@/db/queries/audit";
import { setConversationStatus } from "@/db/queries/conversations";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { AppError } from "@/lib/errors";
import { setConversationStatusSchema } from "@/lib/inbox/schemas";
import { triageScope } from "@/lib/inbox/triage";

export const setConversationStatusAction = workspaceAction(
  "conversations.triage",
  setConversationStatusSchema,
  async (input, { db, workspaceId, user, membership }) =>
    db.transaction(async (tx) => {
      const result = await setConversationStatus(tx, { workspaceId, ...input, scope: triageScope(user.id, membership.role) });
      if (!result.ok) throw new AppError(result.code);
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "conversation.status_changed",
        objectType: "conversation",
        objectId: input.conversationId,
        data: { status: input.status },
      });
      return result.value;
    }),
);
