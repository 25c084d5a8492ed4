import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { users } from "../schema";

export async function findUserByEmail(db: DbOrTx, { email }: { email: string }) {
  const [user] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1);
  return user;
}

/** The user behind a session, only while active and while the token's session version is current. */
export async function getSessionUser(db: DbOrTx, { userId, sessionVersion }: { userId: string; sessionVersion: number }) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale, avatarUrl: users.avatarUrl })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.active, true), eq(users.sessionVersion, sessionVersion)))
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
