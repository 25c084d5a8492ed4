import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loginKnownAddresses, loginThrottle, users } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { checkCredentials, SIGN_IN_LIMITS, throttleKeys, verifyCurrentPassword } from "./credentials";

const db = testDb();
let fx: WorkspaceFixture;

// A fixed clock: every attempt says when it happens, so windows and delays are stepped through, never waited for.
// It starts at the real time so the clean-up of long-past rows never touches another test file's rows.
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

// Every test uses its own addresses so counters never leak between tests or files.
let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}-${uniqueTag()}`;

const PAIR = SIGN_IN_LIMITS.accountAddress.free;
const ACCOUNT = SIGN_IN_LIMITS.account.free;
const ADDRESS = SIGN_IN_LIMITS.address.free;

async function throttleRows(keys: string[]) {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

function attempt(email: unknown, password: unknown, ip: string, minutes = 0) {
  return checkCredentials(db, { email, password, ip, now: at(minutes) });
}

async function failTimes(n: number, email: string, ip: () => string, minutes = 0) {
  for (let i = 0; i < n; i++)
    expect(await attempt(email, "wrong password", ip(), minutes)).toEqual({ ok: false, reason: "invalid" });
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Credentials");
});

describe("checkCredentials", () => {
  it("accepts the right password, records the login and remembers the address", async () => {
    const { email, id } = fx.users.manager;
    const ip = freshIp();
    expect(await attempt(email, fx.password, ip)).toEqual({
      ok: true,
      user: { id, email, name: expect.any(String), sessionVersion: 1, locale: "en" },
    });
    const [row] = await db.select({ lastLoginAt: users.lastLoginAt }).from(users).where(eq(users.id, id));
    expect(Date.now() - row!.lastLoginAt!.getTime()).toBeLessThan(60_000);
    const known = await db.select().from(loginKnownAddresses).where(eq(loginKnownAddresses.userId, id));
    expect(known.map((k) => k.address)).toContain(ip);
  });

  it("counts a wrong password against the account + address, the address and the account", async () => {
    const { email } = fx.users.social_media_manager;
    const ip = freshIp();
    expect(await attempt(email, "correct horse battery!", ip)).toEqual({ ok: false, reason: "invalid" });
    const keys = throttleKeys(email, ip);
    const rows = await throttleRows(Object.values(keys));
    expect(rows.map((r) => [r.key, r.failures]).sort()).toEqual(
      [
        [keys.account, 1],
        [keys.accountAddress, 1],
        [keys.address, 1],
      ].sort(),
    );
  });

  it("refuses an unknown email the same way", async () => {
    expect(await attempt(`nobody-${uniqueTag()}@curtain.test`, fx.password, freshIp())).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("treats the email case-insensitively and ignores surrounding spaces", async () => {
    const { email, id } = fx.users.analyst;
    const outcome = await attempt(`  ${email.toUpperCase()} `, fx.password, freshIp());
    expect(outcome.ok && outcome.user.id).toBe(id);
  });

  it("refuses a deactivated user even with the right password", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials deactivated");
    const { email, id } = fixture.users.analyst;
    await db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await attempt(email, fixture.password, freshIp())).toEqual({ ok: false, reason: "invalid" });
  });

  it(`closes one address for one account after ${PAIR} attempts for 15 minutes; other addresses are not slowed`, async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials pair");
    const { email } = fixture.users.community_manager;
    const guesser = freshIp();
    await failTimes(PAIR, email, () => guesser);
    expect(await attempt(email, fixture.password, guesser, 1)).toEqual({ ok: false, reason: "rate_limited" });
    // Hammering the closed door does not move its opening.
    for (const minute of [5, 10, 14])
      expect(await attempt(email, "wrong password", guesser, minute)).toEqual({ ok: false, reason: "rate_limited" });
    // The owner, from anywhere else, is not affected.
    expect((await attempt(email, fixture.password, freshIp(), 2)).ok).toBe(true);
    expect(await attempt(email, "wrong password", guesser, 15)).toEqual({ ok: false, reason: "invalid" });
  });

  it(`lets ${ACCOUNT} attempts per day through from new addresses, then waits 1, 2, 4 … minutes between them`, async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials progressive");
    const { email } = fixture.users.analyst;
    await failTimes(ACCOUNT, email, freshIp);
    expect(await attempt(email, fixture.password, freshIp(), 0.5)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attempt(email, "wrong password", freshIp(), 1)).toEqual({ ok: false, reason: "invalid" }); // 1 min after
    expect(await attempt(email, "wrong password", freshIp(), 2.5)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attempt(email, "wrong password", freshIp(), 3)).toEqual({ ok: false, reason: "invalid" }); // 2 min after
    expect(await attempt(email, "wrong password", freshIp(), 6.5)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attempt(email, "wrong password", freshIp(), 7)).toEqual({ ok: false, reason: "invalid" }); // 4 min after
    // Refused attempts counted nothing.
    const [row] = await throttleRows([throttleKeys(email, "").account]);
    expect(row!.failures).toBe(ACCOUNT + 3);
    // Once the 8 minutes have passed, the owner gets in from a new address too.
    expect((await attempt(email, fixture.password, freshIp(), 14.5)).ok).toBe(false);
    expect((await attempt(email, fixture.password, freshIp(), 15)).ok).toBe(true);
  });

  it("stops doubling the delay at an hour, and starts the account's day over", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials cap");
    const { email } = fixture.users.analyst;
    const key = throttleKeys(email, "").account;
    await db.insert(loginThrottle).values({ key, failures: 100, windowStartedAt: at(-60), lastAttemptAt: at(0) });
    expect(await attempt(email, fixture.password, freshIp(), 59)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await attempt(email, "wrong password", freshIp(), 60)).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt(email, fixture.password, freshIp(), 61)).toEqual({ ok: false, reason: "rate_limited" });
    expect((await attempt(email, fixture.password, freshIp(), 24 * 60 - 59)).ok).toBe(true);
  });

  it("lets the owner in from an address they signed in from while someone else keeps guessing", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials owner");
    const { email } = fixture.users.manager;
    const home = freshIp();
    expect((await attempt(email, fixture.password, home)).ok).toBe(true);
    await failTimes(ACCOUNT, email, freshIp, 1);
    expect(await attempt(email, fixture.password, freshIp(), 1)).toEqual({ ok: false, reason: "rate_limited" });
    expect((await attempt(email, fixture.password, home, 1)).ok).toBe(true);
    // The owner's sign-in does not hand the guesser a fresh allowance.
    expect(await attempt(email, "wrong password", freshIp(), 1.5)).toEqual({ ok: false, reason: "rate_limited" });
    // A known address still has its own tight limit.
    await failTimes(PAIR, email, () => home, 2);
    expect(await attempt(email, fixture.password, home, 2)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("forgets an address 90 days after its last successful sign-in", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials forget");
    const { email, id } = fixture.users.admin;
    const home = freshIp();
    expect((await attempt(email, fixture.password, home)).ok).toBe(true);
    await db
      .update(loginKnownAddresses)
      .set({ lastSuccessAt: at(-91 * 24 * 60) })
      .where(eq(loginKnownAddresses.userId, id));
    await failTimes(ACCOUNT, email, freshIp);
    expect(await attempt(email, fixture.password, home)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("parallel wrong attempts cannot slip past the limit", async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials parallel");
    const { email } = fixture.users.analyst;
    const ip = freshIp();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => attempt(email, "wrong password", ip)));
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(PAIR);
    expect(outcomes.filter((o) => !o.ok && o.reason === "rate_limited")).toHaveLength(20 - PAIR);
  });

  it(`refuses every account from an address after ${ADDRESS} attempts from it`, async () => {
    const ip = freshIp();
    for (let i = 0; i < ADDRESS; i++) await attempt(`spray-${i}-${uniqueTag()}@curtain.test`, "guess", ip);
    const { email } = fx.users.admin;
    expect(await attempt(email, fx.password, ip)).toEqual({ ok: false, reason: "rate_limited" });
    expect((await attempt(email, fx.password, freshIp())).ok).toBe(true);
  });

  it.each([
    ["an empty email", ""],
    ["a malformed email", "not-an-email"],
    ["an oversized email", `${"a".repeat(250)}@curtain.test`],
    ["a non-string email", 42],
  ])("refuses %s without touching the throttle", async (_, email) => {
    const ip = freshIp();
    expect(await attempt(email, fx.password, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(await throttleRows([`ip:${ip}`])).toEqual([]);
  });

  it.each([
    ["an empty password", ""],
    ["an oversized password", "x".repeat(201)],
    ["a missing password", undefined],
  ])("refuses %s without hashing or touching the throttle", async (_, password) => {
    const ip = freshIp();
    expect(await attempt(fx.users.admin.email, password, ip)).toEqual({ ok: false, reason: "invalid" });
    expect(
      await throttleRows(Object.values(throttleKeys(fx.users.admin.email, ip)).filter((k) => !k.startsWith("email:"))),
    ).toEqual([]);
  });
});

describe("verifyCurrentPassword (changing one's password)", () => {
  it(`refuses even the right password after ${PAIR} wrong ones within 15 minutes, and a right one starts over`, async () => {
    const fixture = await createWorkspaceFixture(db, "Credentials change");
    const userId = fixture.users.manager.id;
    const check = (password: string, minutes: number) =>
      verifyCurrentPassword(db, { userId, password, now: at(minutes) });
    expect(await check(fixture.password, 0)).toMatchObject({ ok: true, passwordHash: expect.any(String) });
    for (let i = 0; i < PAIR; i++) expect(await check("wrong password", 1)).toEqual({ ok: false, reason: "invalid" });
    expect(await check(fixture.password, 2)).toEqual({ ok: false, reason: "rate_limited" });
    expect(await check(fixture.password, 16)).toMatchObject({ ok: true });
    expect(await check("wrong password", 16)).toEqual({ ok: false, reason: "invalid" });
  });
});
