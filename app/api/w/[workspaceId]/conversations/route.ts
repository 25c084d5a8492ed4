import { listConversations } from "@/db/queries/conversations";
import { workspaceRoute } from "@/lib/api/workspace-route";
import { listConversationsQuerySchema } from "@/lib/inbox/schemas";

export const GET = workspaceRoute("inbox.view", listConversationsQuerySchema, (query, { db, workspaceId }) =>
  listConversations(db, {
    workspaceId,
    status: query.status,
    cursor: query.cursorAt && query.cursorId ? { lastMessageAt: query.cursorAt, id: query.cursorId } : undefined,
  }),
);
