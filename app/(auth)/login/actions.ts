"use server";

import { CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/db";
import { revokeSession } from "@/db/queries/sessions";
import { findUserByEmail, setUserLocale } from "@/db/queries/users";
import { auth, signIn } from "@/lib/auth";
import { signInSchema } from "@/lib/auth/credentials";
import { translateIssues } from "@/lib/actions/validation";
import type { FieldErrors } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { getServerTranslator } from "@/lib/i18n/server";

/** `step: "code"` once the password was right for an account with two-factor sign-in: the form asks for the code. */
export type LoginState = { email: string; step?: "code"; error?: string; fieldErrors?: FieldErrors };

export async function loginAction(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const t = await getServerTranslator();
  const raw = { email: String(formData.get("email") ?? ""), password: String(formData.get("password") ?? "") };
  const code = String(formData.get("code") ?? "").trim();
  // The password is never echoed back; only the email is kept so the form can be corrected.
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { email: raw.email, fieldErrors: translateIssues(parsed.error.issues, t) };

  // Signing in again in this browser replaces its session: end the one its old cookie belonged to, so a copy of
  // that cookie does not outlive it.
  const previous = await auth();
  try {
    await signIn("credentials", { ...parsed.data, code, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === "two_factor_required") return { email: raw.email, step: "code" };
      if (error.code === "invalid_code") return { email: raw.email, step: "code", error: t("login.invalidCode") };
      return { email: raw.email, error: t(error.code === "rate_limited" ? "login.rateLimited" : "login.invalid") };
    }
    throw error;
  }
  if (previous?.sessionId && previous.userId)
    await revokeSession(db, { sessionId: previous.sessionId, userId: previous.userId });
  // The latest explicit choice wins: a language picked on this browser is saved on the user, otherwise the
  // user's saved language follows them to this browser.
  const jar = await cookies();
  const chosen = jar.get(LOCALE_COOKIE)?.value;
  const user = await findUserByEmail(db, { email: parsed.data.email });
  if (user && isLocale(chosen) && chosen !== user.locale) await setUserLocale(db, { userId: user.id, locale: chosen });
  else if (user && !isLocale(chosen) && isLocale(user.locale)) {
    jar.set(LOCALE_COOKIE, user.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  }
  redirect("/");
}
