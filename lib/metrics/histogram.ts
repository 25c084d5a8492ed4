/**
 * Log-width histograms of response times, the unit of the report rollups (db/schema/reports.ts). Mirrors the SQL
 * function response_bucket(): one bucket per second below 32 s (exact), then buckets whose upper edge is 5 % above
 * the lower. Histograms of days, identities or members merge by adding counts, so a percentile over any slice comes
 * from the whole distribution, never from averaged daily percentiles.
 */
const EXACT_BELOW = 32;
const RATIO = 1.05;

export type Histogram = ReadonlyMap<number, number>;

export function bucketOf(seconds: number): number {
  if (seconds < EXACT_BELOW) return Math.max(0, Math.floor(seconds));
  return EXACT_BELOW + Math.floor(Math.log(seconds / EXACT_BELOW) / Math.log(RATIO));
}

/** [lower, upper) seconds of a bucket. */
export function bucketBounds(bucket: number): [number, number] {
  if (bucket < EXACT_BELOW) return [bucket, bucket + 1];
  const lower = EXACT_BELOW * RATIO ** (bucket - EXACT_BELOW);
  return [lower, lower * RATIO];
}

/** Adds counts of `more` into `into` (mutates and returns `into`). */
export function mergeInto(into: Map<number, number>, more: Histogram): Map<number, number> {
  for (const [bucket, n] of more) into.set(bucket, (into.get(bucket) ?? 0) + n);
  return into;
}

export function histogramTotal(histogram: Histogram): number {
  let total = 0;
  for (const n of histogram.values()) total += n;
  return total;
}

/**
 * The p-th percentile with percentile_cont's definition (linear between the ranks around p·(n−1)), where the k-th
 * smallest value is estimated inside its bucket: values below 32 s are exact; in a log bucket the c values are
 * spread evenly in log space. Each estimated value lies in the same bucket as the exact one, hence within 5 % of
 * it, and so does the interpolation between two of them: the answer is within ±5 % of percentile_cont.
 */
export function percentileFromHistogram(histogram: Histogram, p: number): number | null {
  const entries = [...histogram].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = p * (total - 1);
  const lowerRank = Math.floor(rank);
  const low = valueAt(entries, lowerRank);
  if (rank === lowerRank) return low;
  return low + (valueAt(entries, lowerRank + 1) - low) * (rank - lowerRank);
}

function valueAt(entries: readonly (readonly [number, number])[], k: number): number {
  let before = 0;
  for (const [bucket, n] of entries) {
    if (k < before + n) {
      if (bucket < EXACT_BELOW) return bucket;
      const [lower, upper] = bucketBounds(bucket);
      return lower * (upper / lower) ** ((k - before + 0.5) / n);
    }
    before += n;
  }
  const [bucket] = entries[entries.length - 1]!;
  return bucketBounds(bucket)[1];
}
