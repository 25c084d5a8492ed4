import { and, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { sessions, users } from "../schema";

/** As long as the session cookie lives (lib/auth/config.ts): a row not seen for longer is dead too. */
export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
/** last_seen_at is written at most this often, so an active session costs one write per interval, not per request. */
export const SESSION_TOUCH_SECONDS = 5 * 60;

const notExpired = sql`${sessions.lastSeenAt} > now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS})`;

/** Starts a session for one browser; ended and long-idle sessions of the same user are pruned on the way. */
export async function createSession(db: DbOrTx, { userId, userAgent }: { userId: string; userAgent?: string | null }) {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), or(isNotNull(sessions.revokedAt), sql`not (${notExpired})`)));
  const [row] = await db
    .insert(sessions)
    // The header is the client's to choose: keep it short and printable.
    .values({ userId, userAgent: userAgent ? userAgent.replace(/[^\x20-\x7e]/g, "").slice(0, 300) : null })
    .returning({ id: sessions.id });
  return row!.id;
}

/**
 * Whether the token's session is still live: not signed out, not idle past the cookie's lifetime, its user active
 * and on the token's session version. Refreshes last_seen_at when it is older than SESSION_TOUCH_SECONDS.
 */
export async function isSessionLive(db: DbOrTx, token: { sessionId: string; userId: string; sessionVersion: number }) {
  const [row] = await db
    .select({ stale: sql<boolean>`${sessions.lastSeenAt} < now() - make_interval(secs => ${SESSION_TOUCH_SECONDS})` })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(liveSession(token))
    .limit(1);
  if (!row) return false;
  if (row.stale)
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, token.sessionId));
  return true;
}

/** The WHERE clause of a live session (sessions joined with users), shared with getSessionUser. */
export function liveSession({
  sessionId,
  userId,
  sessionVersion,
}: {
  sessionId: string;
  userId: string;
  sessionVersion: number;
}) {
  return and(
    eq(sessions.id, sessionId),
    eq(sessions.userId, userId),
    isNull(sessions.revokedAt),
    notExpired,
    eq(users.active, true),
    eq(users.sessionVersion, sessionVersion),
  );
}

/** Signing out: ends this one session of this user (a token can only end its own). */
export async function revokeSession(db: DbOrTx, { sessionId, userId }: { sessionId: string; userId: string }) {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}
