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
