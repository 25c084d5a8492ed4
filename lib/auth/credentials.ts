import { z } from "zod";
import { emailSchema } from "@/lib/actions/common-schemas";
import type { DbOrTx } from "@/db/connect";
import { countAttempt, forgiveAttempt } from "@/db/queries/login-throttle";
import { findUserByEmail, recordLogin } from "@/db/queries/users";
import { verifyPassword } from "./password";

export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "validation.enterPassword" }).max(200, { error: "validation.tooLong" }),
});

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number; locale: string } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks email + password. The throttle is read before any hashing so a flood cannot burn CPU, and an unknown
 * email costs the same argon2 verification as a known one so timing does not reveal which accounts exist.
 */
export async function checkCredentials(db: DbOrTx, input: { email: unknown; password: unknown; ip: string }): Promise<SignInOutcome> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = [`email:${email}`, `ip:${input.ip}`];

  // Every attempt is counted before hashing; a successful one is forgiven afterwards.
  const counts = await countAttempt(db, { keys });
  if ((counts[keys[0]!] ?? 0) > MAX_FAILURES_PER_ACCOUNT || (counts[keys[1]!] ?? 0) > MAX_FAILURES_PER_IP) {
    return { ok: false, reason: "rate_limited" };
  }

  const user = await findUserByEmail(db, { email });
  const valid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !valid || !user.active) return { ok: false, reason: "invalid" };
  await forgiveAttempt(db, { accountKey: keys[0]!, addressKey: keys[1]! });
  await recordLogin(db, { userId: user.id });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion, locale: user.locale },
  };
}
