"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/db";
import { countAttempt, forgiveAttempt } from "@/db/queries/login-throttle";
import { changePassword, getUserForPasswordChange, updateProfile } from "@/db/queries/users";
import { MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/credentials";
import { signIn } from "@/lib/auth";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { issueReauthTicket, REAUTH_PROVIDER } from "@/lib/auth/reauth";
import { currentUser } from "@/lib/auth/session";
import { sessionAction } from "@/lib/actions/session-action";
import { failureResult } from "@/lib/actions/translate-failure";
import { translateIssues } from "@/lib/actions/validation";
import { AppError, type ActionResult, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { getServerTranslator, type ServerTranslator } from "@/lib/i18n/server";
import { fail, fieldFailure, orThrow } from "@/lib/outcome";
import { changePasswordSchema, isHttpsUrl, updateProfileSchema } from "@/lib/team/schemas";

// Profile actions act on the signed-in user only (no workspace, no role): the session is the whole authorization.

// changePasswordAction below keeps its own helpers until it moves to (auth)/change-password; new code uses
// sessionAction (lib/actions/session-action.ts), whose failures flow through lib/actions/translate-failure.ts.
function failure(t: ServerTranslator, code: ErrorCode, fieldErrors?: FieldErrors) {
  return failureResult(new AppError(code, fieldErrors), t, "Password change");
}

async function parse<Schema extends z.ZodObject>(schema: Schema, raw: unknown, t: ServerTranslator) {
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, error: failure(t, "bad_request", translateIssues(parsed.error.issues, t)) };
}

/** Name, avatar (https only, empty = initials) and language; the language also goes into this browser's cookie. */
export const updateProfileAction = sessionAction(updateProfileSchema, async ({ name, avatarUrl, locale }, { user }) => {
  if (avatarUrl && !isHttpsUrl(avatarUrl)) orThrow(fieldFailure("bad_request", "avatarUrl", "profile.errors.avatarHttps"));
  const updated = await updateProfile(db, { userId: user.id, name, avatarUrl: avatarUrl || null, locale });
  if (!updated) orThrow(fail("unauthorized"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return { name: updated.name };
});

/**
 * Needs the current password; the new one is hashed, an initial password's "must change" mark is cleared, the
 * session version is bumped so every other session ends on its next request, and this browser is signed in again
 * so it stays signed in. Used by the profile page and by /change-password (the first thing after signing in with
 * an initial password). Wrong current passwords count against a per-account throttle like sign-ins do.
 * `signedIn: false` means the password did change but this browser could not be signed in again: the form says
 * so and sends the person to /login.
 */
export async function changePasswordAction(raw: z.input<typeof changePasswordSchema>): Promise<ActionResult<{ signedIn: boolean }>> {
  const t = await getServerTranslator();
  const user = await currentUser();
  if (!user) return failure(t, "unauthorized");
  const parsed = await parse(changePasswordSchema, raw, t);
  if (!parsed.ok) return parsed.error;
  const { currentPassword, newPassword, confirmPassword } = parsed.data;
  if (newPassword !== confirmPassword) return failure(t, "bad_request", { confirmPassword: [t("profile.errors.mismatch")] });
  if (newPassword === currentPassword) return failure(t, "bad_request", { newPassword: [t("profile.errors.same")] });

  const throttleKey = `password-change:${user.id}`;
  const counts = await countAttempt(db, { keys: [throttleKey] });
  if ((counts[throttleKey] ?? 0) > MAX_FAILURES_PER_ACCOUNT) return failure(t, "rate_limited");
  const account = await getUserForPasswordChange(db, { userId: user.id });
  if (!account) return failure(t, "unauthorized");
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    return failure(t, "bad_request", { currentPassword: [t("profile.errors.wrongPassword")] });
  }
  await forgiveAttempt(db, { accountKey: throttleKey, addressKey: throttleKey });

  const changed = await changePassword(db, { userId: user.id, oldPasswordHash: account.passwordHash, newPasswordHash: await hashPassword(newPassword) });
  if (!changed) return failure(t, "conflict");
  return { ok: true, data: { signedIn: await signInAgain({ userId: user.id, sessionVersion: changed.sessionVersion }) } };
}

/**
 * Issues this browser a session for the new session version. Not through the password sign-in: that one is
 * throttled per account, and an attacker who pushed this account over the limit would otherwise turn a
 * completed password change into an error that also signs the person out (see lib/auth/reauth.ts).
 */
async function signInAgain(session: { userId: string; sessionVersion: number }) {
  try {
    await signIn(REAUTH_PROVIDER, { ticket: issueReauthTicket(session), redirect: false });
    return true;
  } catch (error) {
    // The password is changed either way; the person signs in again with it instead of seeing an error page.
    console.warn("[auth] sign-in after password change failed", error instanceof Error ? error.name : error);
    return false;
  }
}
