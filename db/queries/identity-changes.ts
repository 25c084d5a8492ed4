import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { IdentityKind, Role } from "@/db/schema/enum-values";
import { can } from "@/lib/auth/permissions";
import { fail, fieldFailure, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { identities, identityOperators, memberships, users } from "../schema";

type Scope = { workspaceId: string };
type IdentityValues = {
  displayName: string;
  handle: string | null;
  bio: string;
  languages: string[];
  voiceGuide: { tone: string; use: string[]; avoid: string[]; banned: string[] };
  signOff: string | null;
  disclosure: string | null;
};

const HANDLE_TAKEN = fieldFailure("bad_request", "handle", "identities.fieldErrors.handleTaken");

/**
 * A persona's handle must be unique among the workspace's personas (case-insensitive) — except the brand's own
 * handle, which every persona answering through the brand account shows ("-Becky" and "^JAY" both on @demobrand).
 * The transaction lock serialises concurrent checks in one workspace, so two managers cannot both take a handle.
 */
async function handleTaken(
  tx: DbOrTx,
  { workspaceId, handle, exceptId }: Scope & { handle: string | null; exceptId?: string },
) {
  if (!handle) return false;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`identity-handles:${workspaceId}`}, 0))`);
  const sameHandle = sql`lower(${identities.handle}) = lower(${handle})`;
  const [brand] = await tx
    .select({ id: identities.id })
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.kind, "brand"), sameHandle));
  if (brand) return false;
  const [row] = await tx
    .select({ id: identities.id })
    .from(identities)
    .where(
      and(
        eq(identities.workspaceId, workspaceId),
        eq(identities.kind, "persona"),
        sameHandle,
        exceptId ? ne(identities.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Call inside a transaction (the handle check locks until commit). */
export async function createPersona(
  tx: DbOrTx,
  { workspaceId, values }: Scope & { values: IdentityValues },
): Promise<Outcome<typeof identities.$inferSelect>> {
  if (await handleTaken(tx, { workspaceId, handle: values.handle })) return HANDLE_TAKEN;
  const [row] = await tx
    .insert(identities)
    .values({ workspaceId, kind: "persona", ...values })
    .returning();
  return ok(row!);
}

/** Optimistic update: the caller's version must still be current; 0 rows means not here or changed meanwhile. */
export async function updateIdentity(
  tx: DbOrTx,
  { workspaceId, identityId, version, values }: Scope & { identityId: string; version: number; values: IdentityValues },
): Promise<Outcome<typeof identities.$inferSelect>> {
  const current = await getKind(tx, { workspaceId, identityId });
  if (!current) return fail("not_found");
  if (
    current.kind === "persona" &&
    (await handleTaken(tx, { workspaceId, handle: values.handle, exceptId: identityId }))
  )
    return HANDLE_TAKEN;
  const [row] = await tx
    .update(identities)
    .set({
      ...values,
      signOff: current.kind === "brand" ? null : values.signOff,
      version: sql`${identities.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId), eq(identities.version, version)))
    .returning();
  return row ? ok(row) : fail("conflict");
}

async function getKind(db: DbOrTx, { workspaceId, identityId }: Scope & { identityId: string }) {
  const [row] = await db
    .select({ kind: identities.kind, status: identities.status, displayName: identities.displayName })
    .from(identities)
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  return row as { kind: IdentityKind; status: "active" | "retired"; displayName: string } | undefined;
}

/** Retire or reactivate a persona. Its rows (messages, posts, responses) stay; the brand cannot be retired. */
export async function setPersonaStatus(
  db: DbOrTx,
  { workspaceId, identityId, status }: Scope & { identityId: string; status: "active" | "retired" },
): Promise<Outcome<{ displayName: string; changed: boolean }>> {
  const current = await getKind(db, { workspaceId, identityId });
  if (!current) return fail("not_found");
  // The brand is the workspace's own voice: it cannot be retired.
  if (current.kind === "brand")
    return fieldFailure("bad_request", "identityId", "identities.fieldErrors.brandCannotRetire");
  if (current.status === status) return ok({ displayName: current.displayName, changed: false });
  await db
    .update(identities)
    .set({ status, version: sql`${identities.version} + 1`, updatedAt: new Date() })
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  return ok({ displayName: current.displayName, changed: true });
}

/**
 * Sets (or clears) the avatar and returns the one it replaced, so the caller can delete a replaced uploaded file
 * after commit. The row lock makes concurrent changes see each other's value: no replaced file is missed.
 */
export async function setAvatarUrl(
  db: DbOrTx,
  { workspaceId, identityId, avatarUrl }: Scope & { identityId: string; avatarUrl: string | null },
): Promise<Outcome<{ previousAvatarUrl: string | null }>> {
  const where = and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId));
  const [current] = await db.select({ avatarUrl: identities.avatarUrl }).from(identities).where(where).for("update");
  if (!current) return fail("not_found");
  await db.update(identities).set({ avatarUrl, updatedAt: new Date() }).where(where);
  return ok({ previousAvatarUrl: current.avatarUrl });
}

/**
 * An active member of this workspace (id and name); another workspace's or a deactivated user is not found.
 * FOR SHARE keeps the membership until the caller's transaction ends: removing or deactivating the member
 * (which locks it FOR UPDATE) waits for us, or we wait for it and then no longer find the member — so no
 * operator row can be written for someone who is being removed at the same moment. Call inside a transaction.
 */
async function member(db: DbOrTx, { workspaceId, userId }: Scope & { userId: string }) {
  const [row] = await db
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.userId, userId),
        isNull(memberships.deactivatedAt),
        eq(users.active, true),
      ),
    )
    .for("share", { of: memberships });
  return row;
}

// Only a role that can answer anyone may speak as a persona (an analyst operating one could never use it).
const canOperate = (role: Role) => can(role, "conversations.reply");

/** The persona and the member, both of this workspace; operators are for personas only. */
async function personaAndMember(db: DbOrTx, scope: Scope & { identityId: string; userId: string }) {
  const [persona, user] = await Promise.all([getKind(db, scope), member(db, scope)]);
  if (!persona || !user) return fail("not_found");
  if (persona.kind !== "persona") return fail("bad_request");
  return ok({ persona, user });
}

type OperatorChange = Outcome<{
  persona: { displayName: string };
  user: { id: string; name: string };
  changed: boolean;
}>;

/** Call inside a transaction (the membership stays locked until commit). */
export async function addOperator(
  db: DbOrTx,
  { workspaceId, identityId, userId }: Scope & { identityId: string; userId: string },
): Promise<OperatorChange> {
  const found = await personaAndMember(db, { workspaceId, identityId, userId });
  if (!found.ok) return found;
  if (!canOperate(found.value.user.role))
    return fieldFailure("bad_request", "userId", "identities.fieldErrors.cannotSpeak");
  const added = await db
    .insert(identityOperators)
    .values({ workspaceId, identityId, userId })
    .onConflictDoNothing()
    .returning();
  return ok({ ...found.value, changed: added.length > 0 });
}

export async function removeOperator(
  db: DbOrTx,
  { workspaceId, identityId, userId }: Scope & { identityId: string; userId: string },
): Promise<OperatorChange> {
  const found = await personaAndMember(db, { workspaceId, identityId, userId });
  if (!found.ok) return found;
  const removed = await db
    .delete(identityOperators)
    .where(
      and(
        eq(identityOperators.workspaceId, workspaceId),
        eq(identityOperators.identityId, identityId),
        eq(identityOperators.userId, userId),
      ),
    )
    .returning();
  return ok({ ...found.value, changed: removed.length > 0 });
}

/**
 * Hands a persona from one operator to another in one step (inside the caller's transaction): A stops operating
 * it, B starts (if B already operated it, A simply leaves). Only the operator rows change — the persona's
 * messages, posts and responses keep their identity, so its history stays with the persona.
 * A's row is deleted first and its deletion is the check: of two concurrent hand-overs of A's persona (A→B and
 * A→C) the second waits on the row lock, then deletes nothing and gets not_operator, so only one target gains it.
 */
export async function handoverPersona(
  tx: DbOrTx,
  {
    workspaceId,
    identityId,
    fromUserId,
    toUserId,
  }: Scope & { identityId: string; fromUserId: string; toUserId: string },
) {
  const found = await personaAndMember(tx, { workspaceId, identityId, userId: toUserId });
  if (!found.ok) return found;
  const { persona, user: to } = found.value;
  if (fromUserId === toUserId) return fieldFailure("bad_request", "toUserId", "identities.fieldErrors.sameOperator");
  if (!canOperate(to.role)) return fieldFailure("bad_request", "toUserId", "identities.fieldErrors.cannotSpeak");
  // The outgoing operator may already have left the workspace: only their operator row is required.
  const removed = await tx
    .delete(identityOperators)
    .where(
      and(
        eq(identityOperators.workspaceId, workspaceId),
        eq(identityOperators.identityId, identityId),
        eq(identityOperators.userId, fromUserId),
      ),
    )
    .returning({ userId: identityOperators.userId });
  if (removed.length === 0) return fieldFailure("bad_request", "fromUserId", "identities.fieldErrors.notOperator");
  const [from] = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, fromUserId));
  await tx.insert(identityOperators).values({ workspaceId, identityId, userId: toUserId }).onConflictDoNothing();
  return ok({ persona, from: from!, to });
}
