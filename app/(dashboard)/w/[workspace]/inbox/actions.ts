"use server";

import { recordAudit } from "@/db/queries/audit";
import { setConversationStatus } from "@/db/queries/conversations";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { setConversationStatusSchema } from "@/lib/inbox/schemas";
import { triageScope } from "@/lib/inbox/triage";
import { orThrow } from "@/lib/outcome";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { assignConversation, claimNext } from "@/db/queries/queue-claim";
import { bulkUpdateConversations } from "@/db/queries/queue-bulk";
import { escalateConversation } from "@/db/queries/queue-escalate";
import { snoozeConversation } from "@/db/queries/queue-snooze";
import { assignSchema, bulkSchema, claimSchema, escalateSchema, snoozeSchema } from "@/lib/inbox/bulk-schema";

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

// The reply queue's work distribution (issue 9). Permissions: claiming, taking, snoozing, escalating and bulk
// triage are conversations.triage (inside the member's triage scope); assigning someone else is conversations.assign.

export const claimNextAction = workspaceAction("conversations.triage", claimSchema, async (_input, ctx) => {
  const { db, workspaceId, user, membership } = ctx;
  // null = nothing left this member may answer; the UI says "queue empty".
  return claimNext(db, { workspaceId, userId: user.id, scope: triageScope(user.id, membership.role) });
});

export const assignConversationAction = workspaceAction(
  "conversations.triage",
  assignSchema,
  async (input, { db, workspaceId, user, membership }) =>
    orThrow(
      await assignConversation(db, {
        workspaceId,
        ...input,
        actorUserId: user.id,
        mayAssignOthers: can(membership.role, "conversations.assign"),
        scope: triageScope(user.id, membership.role),
      }),
    ),
);

export const snoozeConversationAction = workspaceAction(
  "conversations.triage",
  snoozeSchema,
  async (input, { db, workspaceId, user, membership }) =>
    orThrow(
      await snoozeConversation(db, {
        workspaceId,
        ...input,
        actorUserId: user.id,
        scope: triageScope(user.id, membership.role),
      }),
    ),
);

export const escalateConversationAction = workspaceAction(
  "conversations.triage",
  escalateSchema,
  async (input, { db, workspaceId, user, membership }) =>
    orThrow(
      await escalateConversation(db, {
        workspaceId,
        ...input,
        actorUserId: user.id,
        scope: triageScope(user.id, membership.role),
      }),
    ),
);

export const bulkUpdateAction = workspaceAction(
  "conversations.triage",
  bulkSchema,
  async (input, { db, workspaceId, user, membership }) => {
    // Handing a selection to someone else is assigning (managers, admins); anyone may take a selection themselves.
    const assigningOthers = input.change.type === "assign" && input.change.assigneeId !== user.id;
    if (assigningOthers && !can(membership.role, "conversations.assign")) throw new AppError("forbidden");
    return orThrow(
      await bulkUpdateConversations(db, {
        workspaceId,
        ...input,
        actorUserId: user.id,
        scope: triageScope(user.id, membership.role),
      }),
    );
  },
);
