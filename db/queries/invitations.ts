import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { invitations, memberships, users, workspaces } from "../schema";
import type { Role } from "../schema/enums";

/** Not accepted, declined or revoked, and not expired: the only invitations anything can be done with. */
const pending = () =>
  and(
    isNull(invitations.acceptedAt),
    isNull(invitations.declinedAt),
    isNull(invitations.revokedAt),
    gt(invitations.expiresAt, sql`now()`),
  );

/**
 * Invites an email into a workspace. Looks at no account: the answer is the same whether the email has one or
 * not. Someone already a member here is refused (the admin sees the members list anyway). A pending invitation of
 * the same email is replaced, so the newest link is the only one that works.
 */
export async function createInvitation(
  tx: DbOrTx,
  input: {
    workspaceId: string;
    email: string;
    role: Role;
    invitedByUserId: string;
    tokenHash: string;
    expiresAt: Date;
  },
): Promise<Outcome<{ id: string; expiresAt: Date; replaced: string | null }>> {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, input.workspaceId), eq(users.email, input.email)))
    .limit(1);
  if (member) return fail("conflict", { email: [{ key: "members.errors.alreadyMember" }] });
  const [replaced] = await tx
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(invitations.workspaceId, input.workspaceId),
        eq(invitations.email, input.email),
        isNull(invitations.acceptedAt),
        isNull(invitations.declinedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  const [row] = await tx
    .insert(invitations)
    .values(input)
    .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
  return ok({ ...row!, replaced: replaced?.id ?? null });
}

/** Settings → Members: the workspace's open invitations, oldest first. */
export async function listPendingInvitations(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
      invitedBy: users.name,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(and(eq(invitations.workspaceId, workspaceId), pending()))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
}

export type PendingInvitation = Awaited<ReturnType<typeof listPendingInvitations>>[number];

export async function revokeInvitation(
  tx: DbOrTx,
  { workspaceId, invitationId }: { workspaceId: string; invitationId: string },
) {
  const [row] = await tx
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), eq(invitations.workspaceId, workspaceId), pending()))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  return row ? ok(row) : fail("not_found");
}

const inviter = alias(users, "inviter");

/** What waits for a signed-in person: open invitations to their own email, with the workspace's name. */
export async function listInvitationsForEmail(db: DbOrTx, { email }: { email: string }) {
  return db
    .select({
      id: invitations.id,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      workspaceName: workspaces.name,
      invitedBy: inviter.name,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedByUserId))
    .where(and(eq(invitations.email, email), pending()))
    .orderBy(asc(invitations.createdAt));
}

type Closed = { id: string; workspaceId: string; email: string; role: Role };
const closedColumns = {
  id: invitations.id,
  workspaceId: invitations.workspaceId,
  email: invitations.email,
  role: invitations.role,
};

/**
 * A signed-in person accepts an invitation to their own email (the email is in the WHERE clause: an id alone
 * opens nothing). Someone already a member keeps their role.
 */
export async function acceptInvitationAsUser(
  tx: DbOrTx,
  { invitationId, userId, email }: { invitationId: string; userId: string; email: string },
): Promise<Outcome<Closed & { slug: string }>> {
  const [row] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()`, acceptedByUserId: userId })
    .where(and(eq(invitations.id, invitationId), eq(invitations.email, email), pending()))
    .returning(closedColumns);
  if (!row) return fail("not_found");
  await tx.insert(memberships).values({ workspaceId: row.workspaceId, userId, role: row.role }).onConflictDoNothing();
  const [workspace] = await tx
    .select({ slug: workspaces.slug })
    .from(workspaces)
    .where(eq(workspaces.id, row.workspaceId));
  return ok({ ...row, slug: workspace!.slug });
}

export async function declineInvitation(
  tx: DbOrTx,
  { invitationId, email }: { invitationId: string; email: string },
): Promise<Outcome<Closed>> {
  const [row] = await tx
    .update(invitations)
    .set({ declinedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), eq(invitations.email, email), pending()))
    .returning(closedColumns);
  return row ? ok(row) : fail("not_found");
}

/** The link's page: the open invitation behind a token hash, or nothing (unknown, expired, used, revoked). */
export async function getInvitationByTokenHash(db: DbOrTx, { tokenHash }: { tokenHash: string }) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      workspaceName: workspaces.name,
      defaultLocale: workspaces.defaultLocale,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(and(eq(invitations.tokenHash, tokenHash), pending()))
    .limit(1);
  return row;
}

/**
 * Someone new accepts through the link: the invitation is closed first (so a link works once, even when opened
 * twice at the same moment), then the account and the membership are created. An email that already has an
 * account cannot be taken over through a link: that person accepts in the app after signing in. The caller
 * answers both failures with the same words, so the link does not tell whether the account exists.
 */
export async function acceptInvitationWithToken(
  tx: DbOrTx,
  { tokenHash, name, passwordHash, locale }: { tokenHash: string; name: string; passwordHash: string; locale: string },
): Promise<Outcome<Closed & { userId: string; slug: string }>> {
  const [row] = await tx
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.tokenHash, tokenHash), pending()))
    .returning(closedColumns);
  if (!row) return fail("not_found");
  const [user] = await tx
    .insert(users)
    .values({ email: row.email, name, passwordHash, locale })
    .onConflictDoNothing({ target: users.email })
    .returning({ id: users.id });
  if (!user) return fail("conflict");
  await tx.update(invitations).set({ acceptedByUserId: user.id }).where(eq(invitations.id, row.id));
  await tx.insert(memberships).values({ workspaceId: row.workspaceId, userId: user.id, role: row.role });
  const [workspace] = await tx
    .select({ slug: workspaces.slug })
    .from(workspaces)
    .where(eq(workspaces.id, row.workspaceId));
  return ok({ ...row, userId: user.id, slug: workspace!.slug });
}
