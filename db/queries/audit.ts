import { and, asc, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../connect";
import { afterCursor, cursorTime, keysetPage, type Keyset } from "./keyset";
import { auditEvents, channels, contacts, conversations, identities, posts, users, workspaces } from "../schema";

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

const objectIs = (id: AnyPgColumn) => sql`${id}::text = ${auditEvents.objectId}`;

/**
 * The object's name today, in the event's workspace (ids are meaningless to a reader: "Identity e44cfd48").
 * Deleted objects have none; the UI then falls back to the name recorded in the event's data.
 */
const objectName = sql<string | null>`case ${auditEvents.objectType}
  when 'identity' then (select ${identities.displayName} from ${identities} where ${objectIs(identities.id)} and ${identities.workspaceId} = ${auditEvents.workspaceId})
  when 'channel' then (select ${channels.handle} from ${channels} where ${objectIs(channels.id)} and ${channels.workspaceId} = ${auditEvents.workspaceId})
  when 'post' then (select left(${posts.body}, 80) from ${posts} where ${objectIs(posts.id)} and ${posts.workspaceId} = ${auditEvents.workspaceId})
  when 'conversation' then (select ${contacts.displayName} from ${conversations} join ${contacts} on ${contacts.id} = ${conversations.contactId} where ${objectIs(conversations.id)} and ${conversations.workspaceId} = ${auditEvents.workspaceId})
  when 'workspace' then (select ${workspaces.name} from ${workspaces} where ${objectIs(workspaces.id)} and ${workspaces.id} = ${auditEvents.workspaceId})
  when 'user' then (select object_user.name from ${users} object_user where object_user.id::text = ${auditEvents.objectId})
  when 'member' then (select object_user.name from ${users} object_user where object_user.id::text = ${auditEvents.objectId})
end`;

/**
 * For a status change that did not record where it came from: the status the previous recorded change of the same
 * object set, so the log can read "Open → Resolved". Null for the first recorded change.
 */
const previousStatus = sql<string | null>`case when ${auditEvents.action} = 'conversation.status_changed' then (
  select earlier.data ->> 'status' from ${auditEvents} earlier
  where earlier.workspace_id = ${auditEvents.workspaceId} and earlier.action = ${auditEvents.action} and earlier.object_id = ${auditEvents.objectId}
    and (earlier.created_at, earlier.id) < (${auditEvents.createdAt}, ${auditEvents.id})
  order by earlier.created_at desc, earlier.id desc limit 1
) end`;

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
      objectName,
      previousStatus,
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
