"use server";

import { recordAudit } from "@/db/queries/audit";
import { setConversationStatus } from "@/db/queries/conversations";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { setConversationStatusSchema } from "@/lib/inbox/schemas";
import { triageScope } from "@/lib/inbox/triage";
import { orThrow } from "@/lib/outcome";

export const setConversationStatusAction = workspaceAction(
  "conversations.triage",
  setConversationStatusSchema,
  async (input, { db, workspaceId, user, membership }) =>
    db.transaction(async (tx) => {
      const conversation = orThrow(
        await setConversationStatus(tx, { workspaceId, ...input, scope: triageScope(user.id, membership.role) }),
      );
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "conversation.status_changed",
        objectType: "conversation",
        objectId: input.conversationId,
        data: { status: input.status },
      });
      return conversation;
    }),
);
