import { listAuditEvents } from "@/db/queries/audit";
import { workspaceRoute } from "@/lib/api/workspace-route";
import { listAuditQuerySchema, toAuditFilters } from "@/lib/audit/schemas";

export const GET = workspaceRoute("audit.view", listAuditQuerySchema, ({ cursorAt, cursorId, ...filters }, { db, workspaceId, membership }) =>
  listAuditEvents(db, {
    workspaceId,
    timeZone: membership.workspace.timezone,
    filters: toAuditFilters(filters),
    cursor: cursorAt && cursorId ? { createdAt: cursorAt, id: cursorId } : undefined,
  }),
);
