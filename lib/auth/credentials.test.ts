import { eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loginThrottle, users } from "@/db/schema";
import { THROTTLE_WINDOW_SECONDS } from "@/db/queries/login-throttle";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { checkCredentials, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from "./credentials";

const db = testDb();
let fx: WorkspaceFixture;

// Every test signs in from its own address so the shared per-IP counter never leaks between tests or files.
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}-${uniqueTag()}`;

async function throttleRows(keys: string[]) {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

async function failTimes(n: number, email: string, ip: string) {
  for (let i = 0; i < n; i++) {
    expect(await checkCredentials(db, { email, password: "wrong password", ip })).toEqual({ ok: false, reason: "invalid" });
  }
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Credentials");
});

describe("checkCredentials", () => {
  it("accepts the right password and records the login", async () => {
    const { email, id } = fx.users.manager;
    const outcome = await checkCredentials(db, { email, password: fx.password, ip: freshIp() });
    expect(outcome).toEqual({
      ok: true,
      user: { id, email, name: expect.any(String), sessionVersion: 1, locale: "en" },
    });
    const [row] = await db.select({ lastLoginAt: users.lastLoginAt }).from(users).where(eq(users.id, id));
    expect(Date.now() - row!.lastLoginAt!.getTime()).toBeLessThan(60_000);
  });

  it("refuses a wrong password and counts the failure against the account and the address", async () => {
    const { email } = fx.users.social_media_manager;
    const ip = freshIp();
    expect(await checkCredentials(db, { email, password: "correct horse battery!", ip })).toEqual({ ok: false, reason: "invalid" });
    const rows = await throttleRows([`email:${email}`, `ip:${ip}`]);
    expect(rows.map((r) => [r.key, r.failures]).sort()).toEqual([[`email:${email}`, 1], [`ip:${ip}`, 1]]);
  });

  it("refuses an unknown email the same way", async () => {
    const email = `nobody-${uniqueTag()}@curtain.test`;
    expect(await checkCredentials(db, { email, password: fx.password, ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("treats the email case-insensitively and ignores surrounding spaces", async () => {
    const { email, id } = fx.users.analyst;
    const outcome = await checkCredentials(db, { email: `  ${email.toUpperCase()} `, password: fx.password, ip: freshIp() });
    expect(outcome.ok && outcome.user.id).toBe(id);
  });

  it("refuses a deactivated user even with the right password", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials deactivated");
    const { email, id } = fixture.users.analyst;
    await db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await checkCredentials(db, { email, password: fixture.password, ip: freshIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it(`refuses even the right password after ${MAX_FAILURES_PER_ACCOUNT} failures, from any address`, async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials throttled");
    const { email } = fixture.users.community_manager;
    await failTimes(MAX_FAILURES_PER_ACCOUNT - 1, email, freshIp());
    // One below the limit: the right password still works (and clears the account's counter).
    expect((await checkCredentials(db, { email, password: fixture.password, ip: freshIp() })).ok).toBe(true);

    await failTimes(MAX_FAILURES_PER_ACCOUNT, email, freshIp());
    for (const ip of [freshIp(), freshIp()]) {
      expect(await checkCredentials(db, { email, password: fixture.password, ip })).toEqual({ ok: false, reason: "rate_limited" });
    }
    // Every attempt is counted (before hashing), but hammering does not move the window's start.
    const [row] = await throttleRows([`email:${email}`]);
    expect(row!.failures).toBe(MAX_FAILURES_PER_ACCOUNT + 2);
    const [again] = await throttleRows([`email:${email}`]);
    await checkCredentials(db, { email, password: fixture.password, ip: freshIp() });
    const [after] = await throttleRows([`email:${email}`]);
    expect(after!.windowStartedAt.getTime()).toBe(again!.windowStartedAt.getTime());

    // Another account, from another address, is not affected.
    expect((await checkCredentials(db, { email: fixture.users.admin.email, password: fixture.password, ip: freshIp() })).ok).toBe(true);
  });

  it("parallel wrong attempts cannot slip past the limit", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials parallel");
    const { email } = fixture.users.analyst;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => checkCredentials(db, { email, password: "wrong password", ip: freshIp() })),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(outcomes.filter((o) => !o.ok && o.reason === "rate_limited")).toHaveLength(20 - MAX_FAILURES_PER_ACCOUNT);
  });

  it("lets the account in again once the throttle window has passed", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials window");
    const { email } = fixture.users.manager;
    await failTimes(MAX_FAILURES_PER_ACCOUNT, email, freshIp());
    expect((await checkCredentials(db, { email, password: fixture.password, ip: freshIp() })).ok).toBe(false);
    await db
      .update(loginThrottle)
      .set({ windowStartedAt: sql`now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS + 1})` })
      .where(eq(loginThrottle.key, `email:${email}`));
    expect((await checkCredentials(db, { email, password: fixture.password, ip: freshIp() })).ok).toBe(true);
  });

  it(`refuses every account from an address after ${MAX_FAILURES_PER_IP} failures from it`, async () => {
    const ip = freshIp();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      await checkCredentials(db, { email: `spray-${i}-${uniqueTag()}@curtain.test`, password: "guess", ip });
    }
    const { email } = fx.users.admin;
    expect(await checkCredentials(db, { email, password: fx.password, ip })).toEqual({ ok: false, reason: "rate_limited" });
    expect((await checkCredentials(db, { email, password: fx.password, ip: freshIp() })).ok).toBe(true);
  });

  it.each([
    ["an empty email", ""],
    ["a malformed email", "not-an-email"],
    ["an oversized email", `${"a".repeat(250)}@curtain.test`],
    ["a non-string email", 42],
  ])("refuses %s without touching the throttle", async (_, email) => {
    const ip = freshIp();
    expect(await checkCredentials(db, { email, password: fx.password, ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await throttleRows([`ip:${ip}`, `email:${String(email).trim().toLowerCase()}`])).toEqual([]);
  });

  it.each([
    ["an empty password", ""],
    ["an oversized password", "x".repeat(201)],
    ["a missing password", undefined],
  ])("refuses %s without hashing or touching the throttle", async (_, password) => {
    const ip = freshIp();
    const { email } = fx.users.admin;
    expect(await checkCredentials(db, { email, password, ip })).toEqual({ ok: false, reason: "invalid" });
    expect(await throttleRows([`ip:${ip}`, `email:${email}`])).toEqual([]);
  });
});
