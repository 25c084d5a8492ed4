"use server";

import { cookies } from "next/headers";
import { db } from "@/db";
import { setUserLocale } from "@/db/queries/users";
import { signOut } from "@/lib/auth";
import { currentUser } from "@/lib/auth/session";
import type { ActionResult } from "@/lib/errors";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { getServerTranslator } from "@/lib/i18n/server";

/** Remembers the language: a cookie for this browser and, when signed in, on the user for their next sign-in. */
export async function setLocaleAction(locale: unknown): Promise<ActionResult<null>> {
  if (!isLocale(locale)) {
    const t = await getServerTranslator();
    return { ok: false, error: { code: "bad_request", message: t("errors.bad_request") } };
  }
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await currentUser();
  if (user) await setUserLocale(db, { userId: user.id, locale });
  return { ok: true, data: null };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}
