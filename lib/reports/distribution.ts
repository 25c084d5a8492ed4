import { bucketBounds } from "@/lib/metrics/histogram";

/**
 * The response-time distribution's ranges: < 5 min, 5–15 min, 15–60 min, 1–4 h, 4–24 h, > 24 h. A response of
 * exactly an edge belongs to the range above it (300 s is "5–15 min"), as in `width_bucket`.
 */
export const DISTRIBUTION_EDGES = [300, 900, 3_600, 14_400, 86_400] as const;
export const DISTRIBUTION_RANGES = ["lt5m", "5to15m", "15to60m", "1to4h", "4to24h", "gt24h"] as const;
export type DistributionRange = (typeof DISTRIBUTION_RANGES)[number];

/** Index into DISTRIBUTION_RANGES of a response time in seconds (the exact path). */
export function rangeOfSeconds(seconds: number): number {
  let i = 0;
  while (i < DISTRIBUTION_EDGES.length && seconds >= DISTRIBUTION_EDGES[i]!) i++;
  return i;
}

/**
 * Index into DISTRIBUTION_RANGES of a rollup histogram bucket (the large-slice path). Buckets below 32 s are one
 * second wide and never straddle an edge. The 5 %-wide log buckets do not line up with the edges: exactly one
 * bucket straddles each edge (at 300 s the bucket [287.5, 301.9), at 900 s [883.1, 927.3), at 3,600 s
 * [3,462.0, 3,635.1), at 14,400 s [14,249.9, 14,962.4), at 86,400 s [82,532.9, 86,659.5)). Such a bucket goes
 * whole to the range holding its geometric middle, i.e. the larger part of its width; so only responses within
 * 5 % of an edge can be counted one range off (e.g. 300–301 s as "< 5 min"). Every other bucket maps exactly.
 */
export function rangeOfBucket(bucket: number): number {
  const [lower, upper] = bucketBounds(bucket);
  return rangeOfSeconds(Math.sqrt(lower * upper));
}

export type DistributionRow = { kind: "brand" | "persona"; range: DistributionRange; responses: number };

/** Counts per voice kind and range, every range present (zeros included) so the chart and table line up. */
export function distributionTable(rows: readonly DistributionRow[]) {
  const count = (kind: DistributionRow["kind"], range: DistributionRange) =>
    rows.filter((r) => r.kind === kind && r.range === range).reduce((n, r) => n + r.responses, 0);
  const totals = {
    brand: rows.filter((r) => r.kind === "brand").reduce((n, r) => n + r.responses, 0),
    persona: rows.filter((r) => r.kind === "persona").reduce((n, r) => n + r.responses, 0),
  };
  return DISTRIBUTION_RANGES.map((range) => {
    const brand = count("brand", range);
    const persona = count("persona", range);
    return {
      range,
      brand,
      persona,
      brandShare: totals.brand ? brand / totals.brand : null,
      personaShare: totals.persona ? persona / totals.persona : null,
    };
  });
}
export type DistributionPoint = ReturnType<typeof distributionTable>[number];
