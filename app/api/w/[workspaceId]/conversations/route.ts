import { loadQueuePage } from "@/db/queries/queue-page";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { parseQueueFilters } from "@/lib/inbox/filters";
import { queuePageQuerySchema } from "@/lib/inbox/schemas";
import { triageScope } from "@/lib/inbox/triage";

export const GET = route(
  // Older callers' `status=open` still works: an unknown filter is ignored, not refused (queuePageQuerySchema).
  { auth: memberSession("conversations.view"), query: queuePageQuerySchema },
  ({ query }, { db, workspaceId, user, membership }) => {
    const { cursor, ...raw } = query;
    const { filters, ignored } = parseQueueFilters(raw as Record<string, string>);
    return loadQueuePage(
      db,
      {
        workspaceId,
        userId: user.id,
        timeZone: membership.workspace.timezone,
        scope: triageScope(user.id, membership.role),
      },
      filters,
      cursor,
    ).then((page) => ({ ...page, ignored }));
  },
);
