"use server";

import QRCode from "qrcode";
import { db } from "@/db";
import { disableTwoFactor, getTwoFactorStatus } from "@/db/queries/two-factor";
import { sessionAction } from "@/lib/actions/session-action";
import { verifyCurrentPassword } from "@/lib/auth/credentials";
import { beginSetup, confirmSetup, regenerateRecoveryCodes } from "@/lib/auth/second-factor";
import { fail, fieldFailure, orThrow } from "@/lib/outcome";
import { codeSchema, passwordSchema } from "@/lib/two-factor/schemas";
import { z } from "zod";

// Two-factor sign-in of the signed-in user (no workspace, no role: the session is the whole authorization).
// Turning it off or replacing the recovery codes needs the password, under the sign-in throttle.

/** A new secret as a QR code (SVG, made on the server) and as text for typing into the app. */
export const beginTwoFactorSetupAction = sessionAction(z.object({}), async (_input, { user }) => {
  if ((await getTwoFactorStatus(db, { userId: user.id })).enabled) orThrow(fail("conflict"));
  const setup = await beginSetup(db, { userId: user.id, email: user.email });
  if (!setup) return orThrow(fail("conflict"));
  const qrSvg = await QRCode.toString(setup.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { secret: setup.secret, qrSvg };
});

/** The first code from the app turns it on; the recovery codes are returned once and stored hashed. */
export const confirmTwoFactorAction = sessionAction(codeSchema, async ({ code }, { user }) => {
  const codes = await confirmSetup(db, { userId: user.id, code });
  if (!codes) return orThrow(fieldFailure("bad_request", "code", "twoFactor.errors.wrongCode"));
  return { recoveryCodes: codes };
});

async function requirePassword(userId: string, password: string) {
  const check = await verifyCurrentPassword(db, { userId, password });
  if (!check.ok) {
    orThrow(
      check.reason === "invalid"
        ? fieldFailure("bad_request", "password", "profile.errors.wrongPassword")
        : fail(check.reason),
    );
  }
}

export const disableTwoFactorAction = sessionAction(passwordSchema, async ({ password }, { user }) => {
  await requirePassword(user.id, password);
  await disableTwoFactor(db, { userId: user.id });
  return {};
});

export const regenerateRecoveryCodesAction = sessionAction(passwordSchema, async ({ password }, { user }) => {
  await requirePassword(user.id, password);
  if (!(await getTwoFactorStatus(db, { userId: user.id })).enabled) orThrow(fail("conflict"));
  return { recoveryCodes: await regenerateRecoveryCodes(db, { userId: user.id }) };
});
