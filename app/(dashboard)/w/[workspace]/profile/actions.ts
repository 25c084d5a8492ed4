"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/db";
import { changePassword, updateProfile } from "@/db/queries/users";
import { signIn } from "@/lib/auth";
import { verifyCurrentPassword } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { issueReauthTicket, REAUTH_PROVIDER } from "@/lib/auth/reauth";
import { currentUser } from "@/lib/auth/session";
import { translateIssues } from "@/lib/actions/validation";
import type { ActionResult, ErrorCode, FieldErrors } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { getServerTranslator, type ServerTranslator } from "@/lib/i18n/server";
import { changePasswordSchema, isHttpsUrl, updateProfileSchema } from "@/lib/team/schemas";

// Profile actions act on the signed-in user only (no workspace, no role): the session is the whole authorization.

function failure(t: ServerTranslator, code: ErrorCode, fieldErrors?: FieldErrors) {
  return { ok: false as const, error: { code, message: t(`errors.${code}`), fieldErrors } };
}

async function parse<Schema extends z.ZodObject>(schema: Schema, raw: unknown, t: ServerTranslator) {
  const parsed = schema.safeParse(raw);
  return parsed.success
    ? { ok: true as const, data: parsed.data }
    : { ok: false as const, error: failure(t, "bad_request", translateIssues(parsed.error.issues, t)) };
}

/** Name, avatar (https only, empty = initials) and language; the language also goes into this browser's cookie. */
export async function updateProfileAction(raw: z.input<typeof updateProfileSchema>): Promise<ActionResult<{ name: string }>> {
  const t = await getServerTranslator();
  const user = await currentUser();
  if (!user) return failure(t, "unauthorized");
  const parsed = await parse(updateProfileSchema, raw, t);
  if (!parsed.ok) return parsed.error;
  const { name, avatarUrl, locale } = parsed.data;
  if (avatarUrl && !isHttpsUrl(avatarUrl)) return failure(t, "bad_request", { avatarUrl: [t("profile.errors.avatarHttps")] });
  const updated = await updateProfile(db, { userId: user.id, name, avatarUrl: avatarUrl || null, locale });
  if (!updated) return failure(t, "unauthorized");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return { ok: true, data: { name: updated.name } };
}

/**
 * Needs the current password; the new one is hashed, the session version is bumped so every other session ends on
 * its next request, and this browser is signed in again so it stays signed in. Wrong current passwords count
 * against the sign-in throttle (lib/auth/credentials.ts).
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

  const current = await verifyCurrentPassword(db, { userId: user.id, password: currentPassword });
  if (!current.ok) {
    if (current.reason !== "invalid") return failure(t, current.reason);
    return failure(t, "bad_request", { currentPassword: [t("profile.errors.wrongPassword")] });
  }

  const changed = await changePassword(db, { userId: user.id, oldPasswordHash: current.passwordHash, newPasswordHash: await hashPassword(newPassword) });
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
