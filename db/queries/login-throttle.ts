import { inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { loginThrottle } from "../schema";

export const THROTTLE_WINDOW_SECONDS = 15 * 60;

/** Failures counted in the current window for each key (keys whose window has expired count as 0). */
export async function getFailureCounts(db: DbOrTx, { keys }: { keys: string[] }) {
  const rows = await db
    .select({ key: loginThrottle.key, failures: loginThrottle.failures })
    .from(loginThrottle)
    .where(
      sql`${inArray(loginThrottle.key, keys)} and ${loginThrottle.windowStartedAt} > now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS})`,
    );
  return Object.fromEntries(rows.map((r) => [r.key, r.failures])) as Record<string, number>;
}

/** Counts one failed sign-in against each key; a key whose window has passed starts a new window. */
export async function recordFailure(db: DbOrTx, { keys }: { keys: string[] }) {
  if (keys.length === 0) return;
  await db
    .insert(loginThrottle)
    .values(keys.map((key) => ({ key, failures: 1 })))
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`case when ${loginThrottle.windowStartedAt} > now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) then ${loginThrottle.failures} + 1 else 1 end`,
        windowStartedAt: sql`case when ${loginThrottle.windowStartedAt} > now() - make_interval(secs => ${THROTTLE_WINDOW_SECONDS}) then ${loginThrottle.windowStartedAt} else now() end`,
      },
    });
}

export async function clearFailures(db: DbOrTx, { keys }: { keys: string[] }) {
  if (keys.length) await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
}
