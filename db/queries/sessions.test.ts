import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import {
  createSession,
  isSessionLive,
  revokeSession,
  SESSION_MAX_AGE_SECONDS,
  SESSION_TOUCH_SECONDS,
} from "./sessions";
import { getSessionUser } from "./users";

const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Sessions");
});

async function tokenFor(userId: string, userAgent?: string) {
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return { userId, sessionVersion: row!.sv, sessionId: await createSession(db, { userId, userAgent }) };
}

async function sessionRow(id: string) {
  const [row] = await db.select().from(sessions).where(eq(sessions.id, id));
  return row;
}

describe("server-side sessions", () => {
  it("a new session is live and yields its user", async () => {
    const token = await tokenFor(fx.users.analyst.id, "Mozilla/5.0 Test");
    expect(await isSessionLive(db, token)).toBe(true);
    expect(await getSessionUser(db, token)).toMatchObject({ id: fx.users.analyst.id, email: fx.users.analyst.email });
    expect(await sessionRow(token.sessionId)).toMatchObject({ userAgent: "Mozilla/5.0 Test", revokedAt: null });
  });

  it("signing out ends that session only; the user's other device stays signed in", async () => {
    const laptop = await tokenFor(fx.users.manager.id);
    const phone = await tokenFor(fx.users.manager.id);
    expect(await revokeSession(db, { sessionId: laptop.sessionId, userId: laptop.userId })).toBe(true);
    expect(await isSessionLive(db, laptop)).toBe(false);
    expect(await getSessionUser(db, laptop)).toBeUndefined();
    expect(await isSessionLive(db, phone)).toBe(true);
    expect(await getSessionUser(db, phone)).toMatchObject({ id: fx.users.manager.id });
    // Revoking twice is harmless, and a token cannot end another user's session.
    expect(await revokeSession(db, { sessionId: laptop.sessionId, userId: laptop.userId })).toBe(false);
    expect(await revokeSession(db, { sessionId: phone.sessionId, userId: fx.users.admin.id })).toBe(false);
    expect(await isSessionLive(db, phone)).toBe(true);
  });

  it("a session id presented with another user's id is not live", async () => {
    const own = await tokenFor(fx.users.community_manager.id);
    const forged = { ...own, userId: fx.users.admin.id };
    expect(await isSessionLive(db, forged)).toBe(false);
    expect(await getSessionUser(db, forged)).toBeUndefined();
  });

  it("a bumped session version or a deactivated account ends every session", async () => {
    const fixture = await createWorkspaceFixture(db, "Sessions version");
    const a = await tokenFor(fixture.users.analyst.id);
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, a.userId));
    expect(await isSessionLive(db, a)).toBe(false);
    const b = await tokenFor(fixture.users.manager.id);
    await db.update(users).set({ active: false }).where(eq(users.id, b.userId));
    expect(await isSessionLive(db, b)).toBe(false);
  });

  it("refreshes last_seen_at at most every few minutes and ends a session idle longer than the cookie lives", async () => {
    const token = await tokenFor(fx.users.social_media_manager.id);
    const before = (await sessionRow(token.sessionId))!.lastSeenAt;
    await isSessionLive(db, token);
    expect((await sessionRow(token.sessionId))!.lastSeenAt).toEqual(before);

    const stale = sql`now() - make_interval(secs => ${SESSION_TOUCH_SECONDS + 1})`;
    await db.update(sessions).set({ lastSeenAt: stale }).where(eq(sessions.id, token.sessionId));
    expect(await isSessionLive(db, token)).toBe(true);
    expect(Date.now() - (await sessionRow(token.sessionId))!.lastSeenAt.getTime()).toBeLessThan(60_000);

    const expired = sql`now() - make_interval(secs => ${SESSION_MAX_AGE_SECONDS + 1})`;
    await db.update(sessions).set({ lastSeenAt: expired }).where(eq(sessions.id, token.sessionId));
    expect(await isSessionLive(db, token)).toBe(false);
  });

  it("prunes the user's ended sessions when a new one starts, and stores a printable user agent", async () => {
    const fixture = await createWorkspaceFixture(db, "Sessions prune");
    const old = await tokenFor(fixture.users.analyst.id);
    await revokeSession(db, old);
    const fresh = await tokenFor(fixture.users.analyst.id, `evil\u0000\u202e${"x".repeat(400)}`);
    expect(await sessionRow(old.sessionId)).toBeUndefined();
    const agent = (await sessionRow(fresh.sessionId))!.userAgent!;
    expect(agent).toMatch(/^evilx+$/);
    expect(agent.length).toBe(300);
  });
});
