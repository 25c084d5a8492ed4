import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { fail, fieldFailure, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { identityOperators, memberships, users } from "../schema";
import type { Role } from "../schema/enums";

export async function listMembers(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      // Active here = the membership is not deactivated and the account itself is not disabled.
      active: sql<boolean>`(${memberships.deactivatedAt} is null and ${users.active})`,
      lastLoginAt: users.lastLoginAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name), asc(users.id));
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];

// The last-admin and own-membership refusals carry a message of their own, shown next to the member.
export const LAST_ADMIN = fieldFailure("conflict", "userId", "members.errors.lastAdmin");
export const SELF = fieldFailure("conflict", "userId", "members.errors.self");

/**
 * Locks the workspace's admin memberships (in id order, so two callers never deadlock) and then the target's
 * membership, inside the caller's transaction. While these locks are held no other change can demote, deactivate
 * or remove an admin of this workspace, so "is there another active admin?" stays true until commit: two
 * concurrent requests cannot both take away the last two admins.
 */
async function lockForChange(tx: DbOrTx, { workspaceId, userId }: { workspaceId: string; userId: string }) {
  const admins = await tx
    .select({ userId: memberships.userId, deactivatedAt: memberships.deactivatedAt, accountActive: users.active })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin")))
    .orderBy(asc(memberships.id))
    .for("update", { of: memberships });
  const [target] = await tx
    .select({ id: memberships.id, role: memberships.role, deactivatedAt: memberships.deactivatedAt })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)))
    .for("update");
  const otherActiveAdmins = admins.filter((a) => a.userId !== userId && !a.deactivatedAt && a.accountActive).length;
  // The target only matters for the rule while it is itself an active admin.
  const targetIsActiveAdmin = target?.role === "admin" && !target.deactivatedAt;
  return { target, wouldLeaveNoAdmin: targetIsActiveAdmin && otherActiveAdmins === 0 };
}

type Change = { workspaceId: string; actorUserId: string; userId: string };

export async function changeMemberRole(
  tx: DbOrTx,
  { workspaceId, actorUserId, userId, role }: Change & { role: Role },
): Promise<Outcome<{ from: Role }>> {
  if (userId === actorUserId) return SELF;
  const { target, wouldLeaveNoAdmin } = await lockForChange(tx, { workspaceId, userId });
  if (!target) return fail("not_found");
  if (role !== "admin" && wouldLeaveNoAdmin) return LAST_ADMIN;
  await tx.update(memberships).set({ role }).where(eq(memberships.id, target.id));
  return ok({ from: target.role });
}

/**
 * Deactivation is per membership (see memberships.deactivatedAt): getMembership refuses a deactivated membership
 * on the very next request, so the person's sessions need not end for that. Their global session version is
 * bumped only when no other active membership is left (then a session has nothing to open any more). Bumping it
 * on every deactivation would let an admin of any workspace the person joined sign them out of all their other
 * workspaces, again and again.
 */
export async function setMemberDeactivated(
  tx: DbOrTx,
  { workspaceId, actorUserId, userId, deactivated }: Change & { deactivated: boolean },
): Promise<Outcome<null>> {
  if (userId === actorUserId) return SELF;
  const { target, wouldLeaveNoAdmin } = await lockForChange(tx, { workspaceId, userId });
  if (!target) return fail("not_found");
  if (deactivated && wouldLeaveNoAdmin) return LAST_ADMIN;
  await tx
    .update(memberships)
    .set({ deactivatedAt: deactivated ? (target.deactivatedAt ?? new Date()) : null })
    .where(eq(memberships.id, target.id));
  if (deactivated && !(await hasOtherActiveMembership(tx, { userId }))) {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, userId));
  }
  return ok(null);
}

/**
 * Whether the person still has an active membership anywhere (this one is already deactivated in the caller's
 * transaction). Their user row is locked first, so two workspaces deactivating their last two memberships at the
 * same time are serialized and the second one sees that none is left.
 */
async function hasOtherActiveMembership(tx: DbOrTx, { userId }: { userId: string }) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).for("update");
  const [active] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)))
    .limit(1);
  return Boolean(active);
}

/**
 * Removes the membership and the person's persona-operator rows here; their messages and posts keep their name.
 * lockForChange takes the target membership FOR UPDATE before anything is deleted: making someone an operator
 * takes the same row FOR SHARE, so the two cannot interleave — either the new operator row exists before the
 * delete below runs (and goes with it), or the operator change waits and then finds no membership.
 */
export async function removeMember(
  tx: DbOrTx,
  { workspaceId, actorUserId, userId }: Change,
): Promise<Outcome<{ role: Role }>> {
  if (userId === actorUserId) return SELF;
  const { target, wouldLeaveNoAdmin } = await lockForChange(tx, { workspaceId, userId });
  if (!target) return fail("not_found");
  if (wouldLeaveNoAdmin) return LAST_ADMIN;
  await tx
    .delete(identityOperators)
    .where(and(eq(identityOperators.workspaceId, workspaceId), eq(identityOperators.userId, userId)));
  await tx.delete(memberships).where(eq(memberships.id, target.id));
  return ok({ role: target.role });
}
