import { createHash, randomInt } from "node:crypto";
import { generateSecret, generateSync, generateURI, verifySync } from "otplib";

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps — what every authenticator app speaks) through otplib, and
 * single-use recovery codes. A code is accepted for the current step and one step either side (clock drift), and
 * only for a step newer than the last accepted one, so a code seen over someone's shoulder cannot be replayed.
 */
export const TOTP_PERIOD_SECONDS = 30;
const DRIFT_SECONDS = TOTP_PERIOD_SECONDS;
export const RECOVERY_CODE_COUNT = 10;
const ISSUER = "Curtain";

export function newTotpSecret() {
  return generateSecret();
}

export function totpUri(secret: string, accountEmail: string) {
  return generateURI({ issuer: ISSUER, label: accountEmail, secret });
}

/** The code an authenticator shows at `epochSeconds` (tests and the e2e suite use it). */
export function totpCode(secret: string, epochSeconds = Math.floor(Date.now() / 1000)) {
  return generateSync({ secret, epoch: epochSeconds });
}

/** The accepted time step, or null. `afterStep`: the last step a code was accepted for (replay guard). */
export function verifyTotp(
  secret: string,
  code: string,
  { afterStep = 0, epochSeconds = Math.floor(Date.now() / 1000) }: { afterStep?: number; epochSeconds?: number } = {},
): number | null {
  const token = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const result = verifySync({
    secret,
    token,
    epoch: epochSeconds,
    epochTolerance: DRIFT_SECONDS,
    afterTimeStep: afterStep > 0 ? afterStep : undefined,
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

// No 0/O, 1/I/L: codes are typed from paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Ten codes like `K7QM-2XPA`: 8 characters of a 31-letter alphabet ≈ 40 bits each. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT) {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4)}`;
  });
}

/** Case, spaces and the dash do not matter when typing a recovery code back. */
export function normalizeRecoveryCode(code: string) {
  return code.toUpperCase().replace(/[^0-9A-Z]/g, "");
}

export function hashRecoveryCode(code: string) {
  return createHash("sha256")
    .update(`curtain-recovery-v1:${normalizeRecoveryCode(code)}`)
    .digest("hex");
}

/** A six-digit authenticator code, or something shaped like a recovery code. */
export function looksLikeTotp(code: string) {
  return /^\d{6}$/.test(code.replace(/\s+/g, ""));
}
