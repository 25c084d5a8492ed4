import { z } from "zod";
import { cursorParamSchema } from "@/db/queries/keyset";
import { loadQueuePage } from "@/db/queries/queue-page";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { parseQueueFilters } from "@/lib/inbox/filters";
import { triageScope } from "@/lib/inbox/triage";

// The filters follow the inbox URL contract (lib/inbox/filters.ts): unknown values are ignored and listed in
// `ignored`, never a 400; only a tampered cursor is a bad request. Older callers' `status=open` still works.
const query = z.looseObject({ cursor: cursorParamSchema.optional() });

export const GET = route(
  { auth: memberSession("conversations.view"), query },
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
