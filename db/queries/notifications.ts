import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../connect";
import { notifications, users } from "../schema";

const actor = alias(users, "actor");

/** The header menu: a member's newest notifications in this workspace, and how many are unread. */
export async function listNotifications(
  db: DbOrTx,
  { workspaceId, userId, limit = 20 }: { workspaceId: string; userId: string; limit?: number },
) {
  const [items, [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        conversationId: notifications.conversationId,
        excerpt: notifications.excerpt,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
        actorName: actor.name,
      })
      .from(notifications)
      .leftJoin(actor, eq(actor.id, notifications.actorUserId))
      .where(and(eq(notifications.userId, userId), eq(notifications.workspaceId, workspaceId)))
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(limit),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(eq(notifications.userId, userId), eq(notifications.workspaceId, workspaceId), isNull(notifications.readAt)),
      ),
  ]);
  return { items, unread: unread?.n ?? 0 };
}

/** Marks the given notifications (or all, when `ids` is absent) of this member in this workspace as read. */
export async function markNotificationsRead(
  db: DbOrTx,
  { workspaceId, userId, ids }: { workspaceId: string; userId: string; ids?: string[] },
) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.workspaceId, workspaceId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    )
    .returning({ id: notifications.id });
  return rows.length;
}

export type NotificationList = Awaited<ReturnType<typeof listNotifications>>;

/**
 * Announces every wait whose SLA due time has passed (within the last week, so a long outage does not flood the
 * bell with ancient breaches) to the conversation's assignee and the workspace's managers. Each wait is claimed in
 * sla_breach_notices first, so it is announced once however often this runs, and also when two workers run it at
 * the same moment (the second insert waits for the first and then finds the row). A new wait after a reply is a
 * new row. Returns how many notifications were written.
 */
export async function notifySlaBreaches(
  db: DbOrTx,
  { now = new Date(), limit = 500 }: { now?: Date; limit?: number } = {},
) {
  const at = now.toISOString();
  const rows = await db.execute<{ id: string }>(sql`
    with due as (
      select c.id, c.workspace_id, c.waiting_since, c.assignee_id, c.preview
        from conversations c
       where c.waiting_since is not null and c.status in ('open', 'pending')
         and c.sla_due_at <= ${at}::timestamptz and c.sla_due_at > ${at}::timestamptz - interval '7 days'
         and not exists (select 1 from sla_breach_notices b
                          where b.conversation_id = c.id and b.waiting_since = c.waiting_since)
       order by c.sla_due_at
       limit ${limit}
    ), claimed as (
      insert into sla_breach_notices (conversation_id, waiting_since, workspace_id)
      select id, waiting_since, workspace_id from due
      on conflict do nothing
      returning conversation_id
    )
    insert into notifications (workspace_id, user_id, kind, conversation_id, excerpt)
    select distinct d.workspace_id, m.user_id, 'sla_breach'::notification_kind, d.id, left(d.preview, 140)
      from claimed cl
      join due d on d.id = cl.conversation_id
      join memberships m on m.workspace_id = d.workspace_id and m.deactivated_at is null
                        and (m.role = 'manager' or m.user_id = d.assignee_id)
    returning id`);
  return rows.length;
}
