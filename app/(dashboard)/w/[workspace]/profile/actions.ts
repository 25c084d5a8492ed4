"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "@/db";
import { updateProfile } from "@/db/queries/users";
import { currentUser } from "@/lib/auth/session";
import { translateIssues } from "@/lib/actions/validation";
import type { ActionResult, ErrorCode, FieldErrors } from "@/lib/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { getServerTranslator, type ServerTranslator } from "@/lib/i18n/server";
import { isHttpsUrl, updateProfileSchema } from "@/lib/team/schemas";

// Profile actions act on the signed-in user only (no workspace, no role): the session is the whole authorization.
// The password change the profile page also offers lives with its feature: app/(auth)/change-password/actions.ts.

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
  // The initial password comes first; only /change-password is open until then.
  if (user.mustChangePassword) return failure(t, "forbidden");
  const parsed = await parse(updateProfileSchema, raw, t);
  if (!parsed.ok) return parsed.error;
  const { name, avatarUrl, locale } = parsed.data;
  if (avatarUrl && !isHttpsUrl(avatarUrl)) return failure(t, "bad_request", { avatarUrl: [t("profile.errors.avatarHttps")] });
  const updated = await updateProfile(db, { userId: user.id, name, avatarUrl: avatarUrl || null, locale });
  if (!updated) return failure(t, "unauthorized");
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  return { ok: true, data: { name: updated.name } };
}
