import { listAuditEvents } from "@/db/queries/audit";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { listAuditQuerySchema, toAuditFilters } from "@/lib/audit/schemas";

export const GET = route(
  { auth: memberSession("audit.view"), query: listAuditQuerySchema },
  ({ query: { cursor, ...filters } }, { db, workspaceId, membership }) =>
    listAuditEvents(db, {
      workspaceId,
      timeZone: membership.workspace.timezone,
      filters: toAuditFilters(filters),
      cursor,
    }),
);
