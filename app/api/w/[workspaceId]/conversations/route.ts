import { listConversations } from "@/db/queries/conversations";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { listConversationsQuerySchema } from "@/lib/inbox/schemas";
import { triageScope } from "@/lib/inbox/triage";

export const GET = route(
  { auth: memberSession("conversations.view"), query: listConversationsQuerySchema },
  ({ query }, { db, workspaceId, user, membership }) =>
    listConversations(db, {
      workspaceId,
      status: query.status,
      scope: triageScope(user.id, membership.role),
      cursor: query.cursor,
    }),
);
