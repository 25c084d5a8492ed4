import { listConversations } from "@/db/queries/conversations";
import { workspaceRoute } from "@/lib/api/workspace-route";
import { listConversationsQuerySchema } from "@/lib/inbox/schemas";
import { triageScope } from "@/lib/inbox/triage";

export const GET = workspaceRoute("conversations.view", listConversationsQuerySchema, (query, { db, workspaceId, user, membership }) =>
  listConversations(db, {
    workspaceId,
    status: query.status,
    scope: triageScope(user.id, membership.role),
    cursor: query.cursorAt && query.cursorId ? { lastMessageAt: query.cursorAt, id: query.cursorId } : undefined,
  }),
);
