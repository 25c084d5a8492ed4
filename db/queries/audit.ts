import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { afterCursor, cursorTime, keysetPage, type Keyset } from "./keyset";
import { auditEvents, users } from "../schema";

/** Written in the same transaction as the change it records. */
export async function recordAudit(
  db: DbOrTx,
  event: {
    workspaceId: string;
    actorUserId: string;
    action: string;
    objectType: string;
    objectId?: string;
    data?: Record<string, unknown>;
  },
) {
  await db.insert(auditEvents).values(event);
}

export type AuditFilters = {
  actorUserId?: string;
  /** "channel.created" matches exactly; "channel." (ending in a dot) matches every channel.* action. */
  action?: string;
  objectType?: string;
  /** Calendar days (YYYY-MM-DD), inclusive, in the workspace's time zone. */
  from?: string;
  to?: string;
};

/** One page of a workspace's audit log, newest first, keyset-paginated on (created_at, id). */
export async function listAuditEvents(
  db: DbOrTx,
  {
    workspaceId,
    timeZone,
    filters = {},
    cursor,
    limit = 50,
  }: { workspaceId: string; timeZone: string; filters?: AuditFilters; cursor?: Keyset; limit?: number },
) {
  const { actorUserId, action, objectType, from, to } = filters;
  const rows = await db
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      objectType: auditEvents.objectType,
      objectId: auditEvents.objectId,
      data: auditEvents.data,
      createdAt: auditEvents.createdAt,
      cursorAt: cursorTime(auditEvents.createdAt),
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.workspaceId, workspaceId),
        actorUserId ? eq(auditEvents.actorUserId, actorUserId) : undefined,
        action
          ? action.endsWith(".")
            ? sql`starts_with(${auditEvents.action}, ${action})`
            : eq(auditEvents.action, action)
          : undefined,
        objectType ? eq(auditEvents.objectType, objectType) : undefined,
        // Day boundaries in the workspace's zone, so "to 2026-03-29" includes that whole local day across DST.
        from ? sql`${auditEvents.createdAt} >= (${from}::date)::timestamp at time zone ${timeZone}` : undefined,
        to ? sql`${auditEvents.createdAt} < (${to}::date + 1)::timestamp at time zone ${timeZone}` : undefined,
        // Seeks audit_events_workspace_time_idx (workspace_id, created_at, id).
        afterCursor(auditEvents.createdAt, auditEvents.id, cursor),
      ),
    )
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(limit + 1);
  return keysetPage(rows, limit);
}

export type AuditListItem = Awaited<ReturnType<typeof listAuditEvents>>["items"][number];

/** The choices the filters offer: the actions, object types and actors that occur in this workspace's log. */
export async function listAuditFacets(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const [actions, objectTypes, actors] = await Promise.all([
    db
      .selectDistinct({ value: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.workspaceId, workspaceId))
      .orderBy(asc(auditEvents.action)),
    db
      .selectDistinct({ value: auditEvents.objectType })
      .from(auditEvents)
      .where(eq(auditEvents.workspaceId, workspaceId))
      .orderBy(asc(auditEvents.objectType)),
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(auditEvents)
      .innerJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(and(eq(auditEvents.workspaceId, workspaceId), isNotNull(auditEvents.actorUserId)))
      .orderBy(asc(users.name), asc(users.id)),
  ]);
  return { actions: actions.map((r) => r.value), objectTypes: objectTypes.map((r) => r.value), actors };
}
