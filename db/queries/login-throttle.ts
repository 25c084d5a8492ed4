import { inArray, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { loginThrottle } from "../schema";

export const THROTTLE_WINDOW_SECONDS = 15 * 60;

const inWindow = sql`${loginThrottle.windowStartedAt} > now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS})`;

/**
 * Counts one sign-in attempt against each key and returns the new counts, in one statement per key, so parallel
 * attempts cannot all slip under the limit between a read and a write. A key whose window has passed starts over.
 */
export async function countAttempt(db: DbOrTx, { keys }: { keys: string[] }) {
  const rows = await db
    .insert(loginThrottle)
    .values(keys.map((key) => ({ key, failures: 1 })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${inWindow} then ${loginThrottle.failures} + 1 else 1 end`,
        windowStartedAt: sql`case when ${inWindow} then ${loginThrottle.windowStartedAt} else now() end`,
      },
    })
    .returning({ key: loginThrottle.key, failures: loginThrottle.failures });
  return Object.fromEntries(rows.map((r) => [r.key, r.failures])) as Record<string, number>;
}

/** A successful sign-in: the account starts over, the address gets back the attempt it spent. */
export async function forgiveAttempt(db: DbOrTx, { accountKey, addressKey }: { accountKey: string; addressKey: string }) {
  await db.delete(loginThrottle).where(inArray(loginThrottle.key, [accountKey]));
  await db
    .update(loginThrottle)
    .set({ failures: sql`greatest(${loginThrottle.failures} - 1, 0)` })
    .where(inArray(loginThrottle.key, [addressKey]));
  // Rows of long-past windows (e.g. probes of unknown emails) are only clutter.
  await db.delete(loginThrottle).where(lt(loginThrottle.windowStartedAt, sql`now() - interval '1 day'`));
}
