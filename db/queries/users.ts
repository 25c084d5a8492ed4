import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { sessions, twoFactorAuthenticators, users } from "../schema";
import { liveSession } from "./sessions";

export async function findUserByEmail(db: DbOrTx, { email }: { email: string }) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return user;
}

/**
 * The user behind a session, only while the session itself is live (not signed out), the user active and the
 * token's session version current.
 */
export async function getSessionUser(db: DbOrTx, token: { userId: string; sessionVersion: number; sessionId: string }) {
  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      locale: users.locale,
      avatarUrl: users.avatarUrl,
      twoFactorEnabled: sql<boolean>`exists (select 1 from ${twoFactorAuthenticators} a
        where a.user_id = ${users.id} and a.enabled_at is not null)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(liveSession(token))
    .limit(1);
  return user;
}

export async function recordLogin(db: DbOrTx, { userId }: { userId: string }) {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
}

export async function setUserLocale(db: DbOrTx, { userId, locale }: { userId: string; locale: string }) {
  await db.update(users).set({ locale }).where(eq(users.id, userId));
}

export type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;

export async function getUserForPasswordChange(db: DbOrTx, { userId }: { userId: string }) {
  const [user] = await db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return user;
}

export async function updateProfile(
  db: DbOrTx,
  { userId, ...profile }: { userId: string; name: string; avatarUrl: string | null; locale: string },
) {
  const [user] = await db
    .update(users)
    .set(profile)
    .where(eq(users.id, userId))
    .returning({ id: users.id, name: users.name, avatarUrl: users.avatarUrl, locale: users.locale });
  return user;
}

/**
 * Stores the new hash and bumps the session version, which ends every session signed with the old version (the caller signs the current browser in again).
 * Guarded by the old hash: a concurrent change wins once.
 */
export async function changePassword(
  db: DbOrTx,
  { userId, oldPasswordHash, newPasswordHash }: { userId: string; oldPasswordHash: string; newPasswordHash: string },
) {
  const [row] = await db
    .update(users)
    .set({ passwordHash: newPasswordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, userId), eq(users.passwordHash, oldPasswordHash)))
    .returning({ sessionVersion: users.sessionVersion });
  return row;
}

/** What a session is issued for after a password change: only an active user whose session version is this one. */
export async function getReauthUser(
  db: DbOrTx,
  { userId, sessionVersion }: { userId: string; sessionVersion: number },
) {
  const [user] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      sessionVersion: users.sessionVersion,
      locale: users.locale,
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
    .limit(1);
  return user;
}
