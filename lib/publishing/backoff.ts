/** Attempts at publishing one target before it fails for good (the first send plus five retries). */
export const PUBLISH_MAX_ATTEMPTS = 6;
const BASE_MS = 10_000;
const CAP_MS = 15 * 60_000;

/**
 * Wait before retry number `attempt` (1 = after the first failure): 10 s, 20 s, 40 s, … capped at 15 min, with
 * ±20 % jitter so targets that failed together do not retry together; never earlier than the platform's
 * Retry-After. `random` is injectable for tests.
 */
export function retryDelayMs(attempt: number, retryAfterMs?: number, random: () => number = Math.random): number {
  const exponential = Math.min(CAP_MS, BASE_MS * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(exponential * (0.8 + 0.4 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}
