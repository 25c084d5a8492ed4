import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { MESSAGES } from "@/lib/i18n/messages";

type SessionUser = { id: string; email: string; name: string; locale: string; avatarUrl: null };
const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
const auth = vi.hoisted(() => ({ signIn: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));
vi.mock("@/lib/auth", () => auth);

const { changePasswordAction } = await import("./actions");
const { REAUTH_PROVIDER, redeemReauthTicket } = await import("@/lib/auth/reauth");
const en = MESSAGES.en;
const db = testDb();
let fx: WorkspaceFixture;

async function account(userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row!;
}

beforeEach(async () => {
  vi.stubEnv("AUTH_SECRET", "profile-test-secret-0123456789abcdefghijklmnop");
  fx = await createWorkspaceFixture(db);
  const u = fx.users.analyst;
  session.user = { id: u.id, email: u.email, name: "Analyst", locale: "en", avatarUrl: null };
  auth.signIn.mockReset();
});

describe("changePasswordAction", () => {
  it("a wrong current password is a field error and writes nothing", async () => {
    const before = await account(fx.users.analyst.id);
    const result = await changePasswordAction({
      currentPassword: "wrong password",
      newPassword: "a-new-password",
      confirmPassword: "a-new-password",
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: "bad_request",
        message: en.errors.bad_request,
        fieldErrors: { currentPassword: [en.profile.errors.wrongPassword] },
      },
    });
    const after = await account(fx.users.analyst.id);
    expect([after.passwordHash, after.sessionVersion]).toEqual([before.passwordHash, before.sessionVersion]);
    expect(auth.signIn).not.toHaveBeenCalled();
  });

  it("refuses a short, unchanged or unconfirmed new password with field errors", async () => {
    const short = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: "short",
      confirmPassword: "short",
    });
    expect(!short.ok && short.error.fieldErrors).toEqual({
      newPassword: ["Use at least 10 characters for the new password."],
    });
    const same = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: fx.password,
      confirmPassword: fx.password,
    });
    expect(!same.ok && same.error.fieldErrors).toEqual({ newPassword: [en.profile.errors.same] });
    const mismatch = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: "a-new-password",
      confirmPassword: "a-new-passw0rd",
    });
    expect(!mismatch.ok && mismatch.error.fieldErrors).toEqual({ confirmPassword: [en.profile.errors.mismatch] });
  });

  it("stores the new hash, bumps the session version, signs this browser in again; other users untouched", async () => {
    const before = await account(fx.users.analyst.id);
    const other = await account(fx.users.manager.id);
    const result = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: "a-new-password",
      confirmPassword: "a-new-password",
    });
    expect(result).toEqual({ ok: true, data: { signedIn: true } });
    const after = await account(fx.users.analyst.id);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "a-new-password")).toBe(true);
    expect(await verifyPassword(after.passwordHash, fx.password)).toBe(false);
    // Signed in again through the ticket path (no password, no login throttle), for the new session version.
    expect(auth.signIn).toHaveBeenCalledWith(REAUTH_PROVIDER, { ticket: expect.any(String), redirect: false });
    const [, { ticket }] = auth.signIn.mock.calls[0] as [string, { ticket: string }];
    expect(await redeemReauthTicket(db, ticket)).toMatchObject({ id: after.id, sessionVersion: after.sessionVersion });
    expect(await account(fx.users.manager.id)).toEqual(other);
  });

  it("when this browser cannot be signed in again, the change stands and the answer says to sign in again", async () => {
    auth.signIn.mockRejectedValueOnce(new Error("CredentialsSignin"));
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const result = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: "a-new-password",
      confirmPassword: "a-new-password",
    });
    warn.mockRestore();
    expect(result).toEqual({ ok: true, data: { signedIn: false } });
    expect(await verifyPassword((await account(fx.users.analyst.id)).passwordHash, "a-new-password")).toBe(true);
  });

  it("refuses even the right current password after repeated wrong ones", async () => {
    for (let i = 0; i < 5; i++)
      await changePasswordAction({
        currentPassword: "wrong password",
        newPassword: "a-new-password",
        confirmPassword: "a-new-password",
      });
    const result = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: "a-new-password",
      confirmPassword: "a-new-password",
    });
    expect(result).toEqual({ ok: false, error: { code: "rate_limited", message: en.errors.rate_limited } });
  });

  it("is unauthorized when signed out", async () => {
    session.user = null;
    const result = await changePasswordAction({
      currentPassword: fx.password,
      newPassword: "a-new-password",
      confirmPassword: "a-new-password",
    });
    expect(!result.ok && result.error.code).toBe("unauthorized");
  });
});
