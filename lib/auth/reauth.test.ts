import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import {
  createWorkspaceFixture,
  FIXTURE_PASSWORD,
  testDb,
  uniqueTag,
  type WorkspaceFixture,
} from "@/db/testing/fixtures";
import { checkCredentials, SIGN_IN_LIMITS } from "./credentials";
import { issueReauthTicket, REAUTH_TICKET_SECONDS, redeemReauthTicket } from "./reauth";

const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "reauth-test-secret-0123456789abcdefghijklmnop");
  fx = await createWorkspaceFixture(db, "Reauth");
});

async function account(userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row!;
}

describe("re-sign-in ticket after a password change", () => {
  it("is redeemed for exactly the user and session version it was issued for", async () => {
    const user = await account(fx.users.analyst.id);
    const ticket = issueReauthTicket({ userId: user.id, sessionVersion: user.sessionVersion });
    expect(await redeemReauthTicket(db, ticket)).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      sessionVersion: user.sessionVersion,
      locale: user.locale,
    });
  });

  it("works while the account's login throttle is over its limit", async () => {
    const user = await account(fx.users.manager.id);
    const ip = `203.0.113.7-${uniqueTag()}`;
    for (let i = 0; i <= SIGN_IN_LIMITS.accountAddress.free; i++)
      await checkCredentials(db, { email: user.email, password: "wrong password", ip });
    expect(await checkCredentials(db, { email: user.email, password: FIXTURE_PASSWORD, ip })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    const ticket = issueReauthTicket({ userId: user.id, sessionVersion: user.sessionVersion });
    expect(await redeemReauthTicket(db, ticket)).toMatchObject({ id: user.id });
  });

  it("is refused when tampered with, expired, signed with another secret, or not a ticket at all", async () => {
    const user = await account(fx.users.analyst.id);
    const ticket = issueReauthTicket({ userId: user.id, sessionVersion: user.sessionVersion });
    const [, version, expires, mac] = ticket.split(".");
    expect(await redeemReauthTicket(db, [fx.users.admin.id, version, expires, mac].join("."))).toBeNull();
    expect(
      await redeemReauthTicket(db, [user.id, version, String(Number(expires) + 60_000), mac].join(".")),
    ).toBeNull();
    expect(await redeemReauthTicket(db, ticket, Date.now() + (REAUTH_TICKET_SECONDS + 1) * 1000)).toBeNull();
    for (const garbage of [undefined, 42, "", "a.b.c", `${ticket}.x`, "x".repeat(500)]) {
      expect(await redeemReauthTicket(db, garbage)).toBeNull();
    }
    vi.stubEnv("AUTH_SECRET", "another-secret-0123456789abcdefghijklmnopqrstuv");
    try {
      expect(await redeemReauthTicket(db, ticket)).toBeNull();
    } finally {
      vi.stubEnv("AUTH_SECRET", "reauth-test-secret-0123456789abcdefghijklmnop");
    }
  });

  it("is refused once the session version moved on or the account is disabled", async () => {
    const fresh = await createWorkspaceFixture(db, "Reauth stale");
    const user = await account(fresh.users.analyst.id);
    const ticket = issueReauthTicket({ userId: user.id, sessionVersion: user.sessionVersion });
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, user.id));
    expect(await redeemReauthTicket(db, ticket)).toBeNull();

    const other = await account(fresh.users.manager.id);
    await db.update(users).set({ active: false }).where(eq(users.id, other.id));
    expect(
      await redeemReauthTicket(db, issueReauthTicket({ userId: other.id, sessionVersion: other.sessionVersion })),
    ).toBeNull();
  });
});
