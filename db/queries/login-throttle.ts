import { and, eq, inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { loginKnownAddresses, loginThrottle } from "../schema";

/**
 * A limit on one throttle key. Within `windowSeconds` of a key's first counted attempt, `free` attempts pass at
 * once; after that each further attempt must wait `delaySeconds × 2^(attempts beyond free)` (capped at
 * `maxDelaySeconds`) after the previous counted one. A fixed window is the case delay = max = window.
 */
export type ThrottlePolicy = { windowSeconds: number; free: number; delaySeconds: number; maxDelaySeconds: number };

const ts = (now: Date) => sql`${now.toISOString()}::timestamptz`;
const secs = (n: number) => sql`make_interval(secs => ${n})`;

/**
 * Claims one attempt on every key, or on none: either all keys still allow an attempt and each counts it, or the
 * transaction rolls back and the caller is refused. A refused attempt changes nothing, so hammering a closed key
 * does not push its opening further out. Keys are claimed in a fixed order so parallel claims cannot deadlock, and
 * each claim is one upsert whose WHERE is evaluated on the latest row, so parallel attempts cannot slip past.
 */
export async function claimAttempt(
  db: DbOrTx,
  { limits, now = new Date() }: { limits: Record<string, ThrottlePolicy>; now?: Date },
) {
  const keys = Object.keys(limits).sort();
  try {
    await db.transaction(async (tx) => {
      for (const key of keys) {
        const p = limits[key]!;
        const expired = sql`${loginThrottle.windowStartedAt} <= ${ts(now)} - ${secs(p.windowSeconds)}`;
        const wait = sql`least(${p.delaySeconds}::float8 * power(2, greatest(${loginThrottle.failures} - ${p.free}, 0)), ${p.maxDelaySeconds}::float8)`;
        const open = sql`(${expired} or ${loginThrottle.failures} < ${p.free} or ${loginThrottle.lastAttemptAt} <= ${ts(now)} - make_interval(secs => ${wait}))`;
        const rows = await tx
          .insert(loginThrottle)
          .values({ key, failures: 1, windowStartedAt: now, lastAttemptAt: now })
          .onConflictDoUpdate({
            target: loginThrottle.key,
            set: {
              failures: sql`case when ${expired} then 1 else ${loginThrottle.failures} + 1 end`,
              windowStartedAt: sql`case when ${expired} then ${ts(now)} else ${loginThrottle.windowStartedAt} end`,
              lastAttemptAt: ts(now),
            },
            setWhere: open,
          })
          .returning({ key: loginThrottle.key });
        if (rows.length === 0) throw new Closed();
      }
    });
    return true;
  } catch (error) {
    if (error instanceof Closed) return false;
    throw error;
  }
}

class Closed extends Error {}

/** A verified password: these keys start over; `refund` keys get back the attempt just counted. */
export async function forgiveAttempt(
  db: DbOrTx,
  { reset, refund = [], now = new Date() }: { reset: string[]; refund?: string[]; now?: Date },
) {
  if (reset.length) await db.delete(loginThrottle).where(inArray(loginThrottle.key, reset));
  if (refund.length) {
    await db
      .update(loginThrottle)
      .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
      .where(inArray(loginThrottle.key, refund));
  }
  // Rows of long-past windows (e.g. probes of unknown emails) are only clutter.
  await db.delete(loginThrottle).where(lt(loginThrottle.lastAttemptAt, sql`${ts(now)} - interval '2 days'`));
}

/** How long an address stays "known" for an account after a successful sign-in from it. */
export const KNOWN_ADDRESS_DAYS = 90;

/** Whether this account signed in successfully from this address recently (looked up by email, before any hashing). */
export async function isKnownAddress(
  db: DbOrTx,
  { email, address, now = new Date() }: { email: string; address: string; now?: Date },
) {
  const rows = await db.execute<{ known: number }>(sql`
    select 1 as known from ${loginKnownAddresses} k join users u on u.id = k.user_id
    where u.email = ${email} and k.address = ${address}
      and k.last_success_at > ${ts(now)} - ${secs(KNOWN_ADDRESS_DAYS * 86_400)}
    limit 1`);
  return rows.length > 0;
}

export async function rememberAddress(
  db: DbOrTx,
  { userId, address, now = new Date() }: { userId: string; address: string; now?: Date },
) {
  await db
    .insert(loginKnownAddresses)
    .values({ userId, address, lastSuccessAt: now })
    .onConflictDoUpdate({
      target: [loginKnownAddresses.userId, loginKnownAddresses.address],
      set: { lastSuccessAt: now },
    });
  await db
    .delete(loginKnownAddresses)
    .where(
      and(
        eq(loginKnownAddresses.userId, userId),
        lt(loginKnownAddresses.lastSuccessAt, sql`${ts(now)} - ${secs(KNOWN_ADDRESS_DAYS * 86_400)}`),
      ),
    );
}
