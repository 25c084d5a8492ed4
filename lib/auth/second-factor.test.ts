import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getTwoFactorStatus } from "@/db/queries/two-factor";
import { recoveryCodes, twoFactorAuthenticators } from "@/db/schema";
import {
  createWorkspaceFixture,
  FIXTURE_PASSWORD,
  testDb,
  uniqueTag,
  type WorkspaceFixture,
} from "@/db/testing/fixtures";
import { checkCredentials } from "./credentials";
import { beginSetup, confirmSetup, regenerateRecoveryCodes } from "./second-factor";
import { totpCode } from "./two-factor";

const db = testDb();
let fx: WorkspaceFixture;
// A fixed clock: codes are computed for exact moments, never waited for.
const NOW = new Date(Math.floor(Date.now() / 30_000) * 30_000 + 5_000);
const later = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
const epoch = (d: Date) => Math.floor(d.getTime() / 1000);

beforeEach(async () => {
  vi.stubEnv("CURTAIN_SECRET_KEY", "a".repeat(64));
  fx = await createWorkspaceFixture(db, "TwoFactor");
});

async function enable(userId: string, email: string) {
  const setup = (await beginSetup(db, { userId, email }))!;
  const codes = (await confirmSetup(db, { userId, code: totpCode(setup.secret, epoch(NOW)), now: NOW }))!;
  return { secret: setup.secret, codes };
}

const signIn = (email: string, code: string | undefined, now: Date) =>
  checkCredentials(db, { email, password: FIXTURE_PASSWORD, code, ip: `203.0.113.${uniqueTag()}`, now });

describe("two-factor sign-in", () => {
  it("setting up needs a correct first code; the secret is stored sealed and recovery codes hashed", async () => {
    const user = fx.users.manager;
    const setup = (await beginSetup(db, { userId: user.id, email: user.email }))!;
    expect(await confirmSetup(db, { userId: user.id, code: "000000", now: NOW })).toBeNull();
    expect((await getTwoFactorStatus(db, { userId: user.id })).enabled).toBe(false);
    const codes = await confirmSetup(db, { userId: user.id, code: totpCode(setup.secret, epoch(NOW)), now: NOW });
    expect(codes).toHaveLength(10);
    const [row] = await db.select().from(twoFactorAuthenticators).where(eq(twoFactorAuthenticators.userId, user.id));
    expect(row!.secretSealed).not.toContain(setup.secret);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored.map((c) => c.codeHash)).not.toContain(codes![0]);
    expect(await getTwoFactorStatus(db, { userId: user.id })).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    // A second setup cannot replace the enabled authenticator.
    expect(await beginSetup(db, { userId: user.id, email: user.email })).toBeNull();
  });

  it("a correct password alone asks for the code; a wrong code is refused; the right one signs in once", async () => {
    const user = fx.users.admin;
    const { secret } = await enable(user.id, user.email);
    expect(await signIn(user.email, undefined, later(30))).toEqual({ ok: false, reason: "two_factor_required" });
    expect(await signIn(user.email, "123456", later(30))).toEqual({ ok: false, reason: "invalid_code" });
    const code = totpCode(secret, epoch(later(30)));
    expect(await signIn(user.email, code, later(30))).toMatchObject({ ok: true, user: { id: user.id } });
    // The same code again (replay) — and the setup code's step — are refused.
    expect(await signIn(user.email, code, later(35))).toEqual({ ok: false, reason: "invalid_code" });
    expect(await signIn(user.email, totpCode(secret, epoch(NOW)), later(35))).toEqual({
      ok: false,
      reason: "invalid_code",
    });
  });

  it("a wrong password never reveals whether two-factor is on", async () => {
    const user = fx.users.analyst;
    await enable(user.id, user.email);
    const outcome = await checkCredentials(db, {
      email: user.email,
      password: "wrong password",
      ip: `203.0.113.${uniqueTag()}`,
      now: later(30),
    });
    expect(outcome).toEqual({ ok: false, reason: "invalid" });
  });

  it("recovery codes sign in once each, typed loosely; new ones replace the old", async () => {
    const user = fx.users.social_media_manager;
    const { codes } = await enable(user.id, user.email);
    const loose = codes[0]!.toLowerCase().replace("-", " ");
    expect(await signIn(user.email, loose, later(60))).toMatchObject({ ok: true });
    expect(await signIn(user.email, codes[0], later(61))).toEqual({ ok: false, reason: "invalid_code" });
    expect((await getTwoFactorStatus(db, { userId: user.id })).recoveryCodesLeft).toBe(9);
    const fresh = await regenerateRecoveryCodes(db, { userId: user.id });
    expect(await signIn(user.email, codes[1], later(62))).toEqual({ ok: false, reason: "invalid_code" });
    expect(await signIn(user.email, fresh[0], later(63))).toMatchObject({ ok: true });
  });

  it("users without two-factor sign in with the password alone; a code sent anyway is ignored", async () => {
    const user = fx.users.community_manager;
    expect(await signIn(user.email, undefined, NOW)).toMatchObject({ ok: true });
    expect(await signIn(user.email, "123456", NOW)).toMatchObject({ ok: true });
  });
});
