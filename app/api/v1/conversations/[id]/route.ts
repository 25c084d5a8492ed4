import { apiConversation } from "@/db/queries/api-reads";
import { updateConversation } from "@/db/queries/conversation-changes";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { triageScope } from "@/lib/inbox/triage";
import { orThrow } from "@/lib/outcome";

export const GET = v1Route(OPERATIONS.getConversation, async ({ params }, { db, workspaceId }) => {
  const conversation = await apiConversation(db, { workspaceId, id: params.id });
  if (!conversation) throw new AppError("not_found");
  return { data: conversation };
});

/** The app's updateConversationAction, over the API: same query, same triage scope, same assign rule. */
export const PATCH = v1Route(OPERATIONS.updateConversation, async ({ params, body }, { db, workspaceId, user }) => {
  const { version, ...changes } = body;
  if (changes.assigneeId !== undefined && changes.assigneeId !== user.id && !can(user.role, "conversations.assign"))
    throw new AppError("forbidden");
  orThrow(
    await updateConversation(db, {
      workspaceId,
      conversationId: params.id,
      version,
      changes,
      actorUserId: user.id,
      scope: triageScope(user.id, user.role),
    }),
  );
  const { messages, ...conversation } = (await apiConversation(db, { workspaceId, id: params.id }))!;
  void messages;
  return { data: conversation };
});
