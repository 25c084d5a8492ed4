"use server";

import { getLocale } from "next-intl/server";
import type { z } from "zod";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { acceptInvitationWithToken } from "@/db/queries/invitations";
import { signIn } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import { issueReauthTicket, REAUTH_PROVIDER } from "@/lib/auth/reauth";
import { translateIssues } from "@/lib/actions/validation";
import type { ActionResult } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { getServerTranslator } from "@/lib/i18n/server";
import { acceptWithTokenSchema } from "@/lib/invitations/schemas";
import { hashInvitationToken } from "@/lib/invitations/token";
import type { Failure } from "@/lib/outcome";

class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

/**
 * Someone new accepts through the one-time link: chooses a name and password, gets an account and the membership,
 * and this browser is signed in. An unknown, expired, used or revoked link and an email that already has an account
 * get the same answer ("no longer valid; if you have an account, sign in"), so the link tells its holder nothing
 * about other accounts, and an existing account can never be taken over through a link.
 */
export async function acceptInvitationWithTokenAction(
  raw: z.input<typeof acceptWithTokenSchema>,
): Promise<ActionResult<{ slug: string; signedIn: boolean }>> {
  const t = await getServerTranslator();
  const parsed = acceptWithTokenSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = translateIssues(parsed.error.issues, t);
    delete fieldErrors.token;
    return { ok: false, error: { code: "bad_request", message: t("errors.bad_request"), fieldErrors } };
  }
  const { token, name, password, confirmPassword } = parsed.data;
  if (password !== confirmPassword) {
    return {
      ok: false,
      error: {
        code: "bad_request",
        message: t("errors.bad_request"),
        fieldErrors: { confirmPassword: [t("profile.errors.mismatch")] },
      },
    };
  }
  const unusable = {
    ok: false as const,
    error: { code: "not_found" as const, message: t("invitations.link.unusable") },
  };
  const tokenHash = hashInvitationToken(token);
  if (!tokenHash) return unusable;

  // The new account speaks the language this page was shown in.
  const current = await getLocale();
  const locale = isLocale(current) ? current : DEFAULT_LOCALE;
  let accepted;
  try {
    accepted = await db.transaction(async (tx) => {
      const result = await acceptInvitationWithToken(tx, {
        tokenHash,
        name,
        passwordHash: await hashPassword(password),
        locale,
      });
      // Roll back the closed invitation too: an existing account accepts it in the app instead.
      if (!result.ok) throw new Refused(result);
      const { id, workspaceId, email, role, userId } = result.value;
      await recordAudit(tx, {
        workspaceId,
        actorUserId: userId,
        action: "invitation.accepted",
        objectType: "invitation",
        objectId: id,
        data: { email, role, via: "link" },
      });
      return result.value;
    });
  } catch (error) {
    if (error instanceof Refused) return unusable;
    throw error;
  }
  return { ok: true, data: { slug: accepted.slug, signedIn: await signInNewAccount(accepted.userId) } };
}

/** The account was just created with the password typed here: sign this browser in without a second check. */
async function signInNewAccount(userId: string) {
  try {
    await signIn(REAUTH_PROVIDER, { ticket: issueReauthTicket({ userId, sessionVersion: 1 }), redirect: false });
    return true;
  } catch (error) {
    console.warn("[auth] sign-in after accepting an invitation failed", error instanceof Error ? error.name : error);
    return false;
  }
}
