import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { channels, identities, memberships, users } from "../schema";

/** What the queue's views, filters and assign menus offer: active personas, channels and active members. */
export async function queueOptions(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const [personas, channelRows, members] = await Promise.all([
    db
      .select({ id: identities.id, name: identities.displayName })
      .from(identities)
      .where(
        and(eq(identities.workspaceId, workspaceId), eq(identities.kind, "persona"), eq(identities.status, "active")),
      )
      .orderBy(asc(identities.displayName)),
    db
      .select({ id: channels.id, platform: channels.platform, handle: channels.handle })
      .from(channels)
      .where(eq(channels.workspaceId, workspaceId))
      .orderBy(asc(channels.platform), asc(channels.handle)),
    db
      .select({ id: users.id, name: users.name, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspaceId), isNull(memberships.deactivatedAt)))
      .orderBy(asc(users.name)),
  ]);
  return { personas, channels: channelRows, members };
}
export type QueueOptions = Awaited<ReturnType<typeof queueOptions>>;

/** Who a conversation can be escalated to: the workspace's active managers and admins. */
export async function listEscalationManagers(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        isNull(memberships.deactivatedAt),
        inArray(memberships.role, ["manager", "admin"]),
      ),
    )
    .orderBy(asc(users.name));
}
