import type { DbOrTx } from "@/db/connect";
import {
  acceptTimeStep,
  enableAuthenticator,
  getAuthenticator,
  replaceRecoveryCodes,
  startAuthenticatorSetup,
  spendRecoveryCode,
} from "@/db/queries/two-factor";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { open, seal } from "@/lib/crypto/secret-box";
import { hashRecoveryCode, looksLikeTotp, newRecoveryCodes, newTotpSecret, totpUri, verifyTotp } from "./two-factor";

// The TOTP secret is sealed with the app's secret key and bound to its user, so a sealed secret copied onto
// another account does not open.
const context = (userId: string) => `totp:${userId}`;

/**
 * The second step of a sign-in: a code from the authenticator (each 30-second step at most once) or an unused
 * recovery code (then used up). Undefined when the user has no two-factor sign-in.
 */
export async function checkSecondFactor(
  db: DbOrTx,
  { userId, code, now = new Date() }: { userId: string; code: string; now?: Date },
): Promise<boolean | undefined> {
  const authenticator = await getAuthenticator(db, { userId });
  if (!authenticator) return undefined;
  if (!looksLikeTotp(code)) return spendRecoveryCode(db, { userId, codeHash: hashRecoveryCode(code) });
  const secret = open(authenticator.secretSealed, connectorSecretKey(), context(userId));
  const step = verifyTotp(secret, code, {
    afterStep: authenticator.lastTimeStep,
    epochSeconds: Math.floor(now.getTime() / 1000),
  });
  return step !== null && (await acceptTimeStep(db, { userId, step }));
}

export async function hasSecondFactor(db: DbOrTx, { userId }: { userId: string }) {
  return Boolean(await getAuthenticator(db, { userId }));
}

/** A new secret for the authenticator app (QR code + text); pending until confirmed with a code. */
export async function beginSetup(db: DbOrTx, { userId, email }: { userId: string; email: string }) {
  const secret = newTotpSecret();
  const started = await startAuthenticatorSetup(db, {
    userId,
    secretSealed: seal(secret, connectorSecretKey(), context(userId)),
  });
  return started ? { secret, uri: totpUri(secret, email) } : null;
}

/** Turns two-factor sign-in on when the code matches the pending secret; returns the recovery codes (shown once). */
export async function confirmSetup(
  db: DbOrTx,
  { userId, code, now = new Date() }: { userId: string; code: string; now?: Date },
) {
  const pending = await getAuthenticator(db, { userId, pending: true });
  if (!pending) return null;
  const secret = open(pending.secretSealed, connectorSecretKey(), context(userId));
  const step = verifyTotp(secret, code, { epochSeconds: Math.floor(now.getTime() / 1000) });
  if (step === null) return null;
  const codes = newRecoveryCodes();
  const enabled = await enableAuthenticator(db, { userId, step, codeHashes: codes.map(hashRecoveryCode) });
  return enabled ? codes : null;
}

/** Ten fresh recovery codes; the old ones stop working. */
export async function regenerateRecoveryCodes(db: DbOrTx, { userId }: { userId: string }) {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(db, { userId, codeHashes: codes.map(hashRecoveryCode) });
  return codes;
}
