"use server";

import { cookies } from "next/headers";
import { db } from "@/db";
import { changePassword, updateProfile } from "@/db/queries/users";
import { sessionAction } from "@/lib/actions/session-action";
import { signIn } from "@/lib/auth";
import { verifyCurrentPassword } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { issueReauthTicket, REAUTH_PROVIDER } from "@/lib/auth/reauth";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { fail, fieldFailure, orThrow } from "@/lib/outcome";
import { changePasswordSchema, isHttpsUrl, updateProfileSchema } from "@/lib/members/schemas";

// Profile actions act on the signed-in user only (no workspace, no role): the session is the whole authorization.

/** Name, avatar (https only, empty = initials) and language; the language also goes into this browser's cookie. */
export const updateProfileAction = sessionAction(updateProfileSchema, async ({ name, avatarUrl, locale }, { user }) => {
  if (avatarUrl && !isHttpsUrl(avatarUrl))
    orThrow(fieldFailure("bad_request", "avatarUrl", "profile.errors.avatarHttps"));
  const updated = await updateProfile(db, { userId: user.id, name, avatarUrl: avatarUrl || null, locale });
  if (!updated) orThrow(fail("unauthorized"));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return { name: updated.name };
});

/**
 * Needs the current password; the new one is hashed, the session version is bumped so every other session ends on
 * its next request, and this browser is signed in again so it stays signed in. Wrong current passwords count
 * against the sign-in throttle (lib/auth/credentials.ts).
 * `signedIn: false` means the password did change but this browser could not be signed in again: the form says
 * so and sends the person to /login.
 */
export const changePasswordAction = sessionAction(
  changePasswordSchema,
  async ({ currentPassword, newPassword, confirmPassword }, { user }) => {
    if (newPassword !== confirmPassword)
      orThrow(fieldFailure("bad_request", "confirmPassword", "profile.errors.mismatch"));
    if (newPassword === currentPassword) orThrow(fieldFailure("bad_request", "newPassword", "profile.errors.same"));

    const current = await verifyCurrentPassword(db, { userId: user.id, password: currentPassword });
    if (!current.ok) {
      return orThrow(
        current.reason === "invalid"
          ? fieldFailure("bad_request", "currentPassword", "profile.errors.wrongPassword")
          : fail(current.reason),
      );
    }

    const changed = await changePassword(db, {
      userId: user.id,
      oldPasswordHash: current.passwordHash,
      newPasswordHash: await hashPassword(newPassword),
    });
    if (!changed) return orThrow(fail("conflict"));
    return { signedIn: await signInAgain({ userId: user.id, sessionVersion: changed.sessionVersion }) };
  },
);

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
