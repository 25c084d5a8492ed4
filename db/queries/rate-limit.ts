import { lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { rateLimitCounters } from "../schema";

export const RATE_WINDOW_SECONDS = 60;

/**
 * Counts one request against `key` in the current fixed 60-second window, in PostgreSQL so every app instance
 * shares the count (one upsert, no read-then-write race). Refused requests count too, so hammering does not
 * reset anything. Returns how long until the window ends when the limit is exceeded.
 */
export async function hitRateLimit(
  db: DbOrTx,
  { key, limit, now = new Date() }: { key: string; limit: number; now?: Date },
): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
  const windowMs = RATE_WINDOW_SECONDS * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimitCounters)
    .values({ key, windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitCounters.key, rateLimitCounters.windowStart],
      set: { count: sql`${rateLimitCounters.count} + 1` },
    })
    .returning({ count: rateLimitCounters.count });
  // Now and then, drop finished windows (cheap: the window index; no job needed for a table this small).
  if (Math.random() < 0.01) {
    await db
      .delete(rateLimitCounters)
      .where(lt(rateLimitCounters.windowStart, new Date(windowStart.getTime() - windowMs)));
  }
  if (row!.count <= limit) return { allowed: true };
  return {
    allowed: false,
    retryAfterSeconds: Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000)),
  };
}
