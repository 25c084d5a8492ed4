import { z } from "zod";
import { emailSchema } from "@/lib/actions/common-schemas";
import type { DbOrTx } from "@/db/connect";
import {
  claimAttempt,
  forgiveAttempt,
  isKnownAddress,
  rememberAddress,
  type ThrottlePolicy,
} from "@/db/queries/login-throttle";
import { findUserByEmail, getUserForPasswordChange, recordLogin } from "@/db/queries/users";
import { verifyPassword } from "./password";
import { checkSecondFactor, hasSecondFactor } from "./second-factor";

const MINUTE = 60;

/**
 * The sign-in limits (the README's "Sign-in limits" section states them). Whoever guesses slows themselves, not
 * the account's owner:
 * - per account and address: 5 attempts per 15 minutes — tight, and only the guesser's own address is slowed;
 * - per address, any accounts: 30 attempts per 15 minutes — one address spraying many accounts;
 * - per account, from addresses it never signed in from: 10 attempts per day pass at once, then each further one
 *   waits 1, 2, 4 … minutes (at most an hour) after the previous one — attackers spread over many addresses.
 *   An address the account signed in from successfully in the last 90 days skips this limit, so the owner can
 *   still sign in while someone else is guessing.
 */
export const SIGN_IN_LIMITS = {
  accountAddress: { windowSeconds: 15 * MINUTE, free: 5, delaySeconds: 15 * MINUTE, maxDelaySeconds: 15 * MINUTE },
  address: { windowSeconds: 15 * MINUTE, free: 30, delaySeconds: 15 * MINUTE, maxDelaySeconds: 15 * MINUTE },
  account: { windowSeconds: 24 * 60 * MINUTE, free: 10, delaySeconds: MINUTE, maxDelaySeconds: 60 * MINUTE },
} as const satisfies Record<string, ThrottlePolicy>;

/** Wrong current passwords when changing it: the same tight limit, per account (the session is already the owner's). */
export const PASSWORD_CHANGE_LIMIT = SIGN_IN_LIMITS.accountAddress;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "validation.enterPassword" }).max(200, { error: "validation.tooLong" }),
});

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number; locale: string } }
  | { ok: false; reason: SignInRefusal };

/**
 * Why a sign-in did not happen. `two_factor_required` comes only after a correct password (the form then asks for
 * the code); `invalid_code` is a wrong or already used code.
 */
export type SignInRefusal = "invalid" | "rate_limited" | "two_factor_required" | "invalid_code";

export const throttleKeys = (email: string, address: string) => ({
  accountAddress: `pair:${email}|${address}`,
  address: `ip:${address}`,
  account: `email:${email}`,
});

/**
 * Checks email + password. The throttle is claimed before any hashing so a flood cannot burn CPU, and an unknown
 * email costs the same argon2 verification as a known one so timing does not reveal which accounts exist.
 */
export async function checkCredentials(
  db: DbOrTx,
  input: { email: unknown; password: unknown; code?: unknown; ip: string; now?: Date },
): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const { ip: address, now = new Date() } = input;
  const keys = throttleKeys(email, address);

  // "unknown" is every client without an address header: never treat it as the owner's.
  const known = address !== "unknown" && (await isKnownAddress(db, { email, address, now }));
  const limits: Record<string, ThrottlePolicy> = {
    [keys.accountAddress]: SIGN_IN_LIMITS.accountAddress,
    [keys.address]: SIGN_IN_LIMITS.address,
    ...(known ? {} : { [keys.account]: SIGN_IN_LIMITS.account }),
  };
  if (!(await claimAttempt(db, { limits, now }))) return { ok: false, reason: "rate_limited" };

  const user = await findUserByEmail(db, { email });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) return { ok: false, reason: "invalid" };
  // Two-factor sign-in: each code attempt went through the same throttle above, so codes cannot be guessed faster
  // than passwords. The counters are forgiven only once both factors passed.
  const code = typeof input.code === "string" ? input.code.trim().slice(0, 32) : "";
  if (await hasSecondFactor(db, { userId: user.id })) {
    if (!code) return { ok: false, reason: "two_factor_required" };
    if (!(await checkSecondFactor(db, { userId: user.id, code, now }))) return { ok: false, reason: "invalid_code" };
  }
  // Only the owner gets here: their counters start over (the account's only when it was counted: a sign-in from a
  // known address must not reset what someone guessing from elsewhere has used up).
  await forgiveAttempt(db, {
    reset: known ? [keys.accountAddress] : [keys.accountAddress, keys.account],
    refund: [keys.address],
    now,
  });
  if (address !== "unknown") await rememberAddress(db, { userId: user.id, address, now });
  await recordLogin(db, { userId: user.id });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, locale: user.locale },
  };
}

/**
 * The current password of a signed-in user who wants to change it, under the same throttle: a stolen session
 * cannot try passwords faster than the sign-in page allows. Returns the stored hash the change is guarded by.
 */
export async function verifyCurrentPassword(
  db: DbOrTx,
  { userId, password, now = new Date() }: { userId: string; password: string; now?: Date },
): Promise<{ ok: true; passwordHash: string } | { ok: false; reason: "invalid" | "rate_limited" | "unauthorized" }> {
  const key = `password-change:${userId}`;
  if (!(await claimAttempt(db, { limits: { [key]: PASSWORD_CHANGE_LIMIT }, now })))
    return { ok: false, reason: "rate_limited" };
  const account = await getUserForPasswordChange(db, { userId });
  if (!account) return { ok: false, reason: "unauthorized" };
  if (!(await verifyPassword(account.passwordHash, password))) return { ok: false, reason: "invalid" };
  await forgiveAttempt(db, { reset: [key], now });
  return { ok: true, passwordHash: account.passwordHash };
}
