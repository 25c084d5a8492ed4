import { describe, expect, it } from "vitest";
import { bucketBounds, bucketOf, mergeInto, percentileFromHistogram } from "./histogram";
import { percentile } from "./percentile";

const histogramOf = (values: number[]) => {
  const h = new Map<number, number>();
  for (const v of values) h.set(bucketOf(v), (h.get(bucketOf(v)) ?? 0) + 1);
  return h;
};

describe("response-time histogram", () => {
  it("keeps seconds below 32 exact and makes 5 % wide buckets above", () => {
    expect(bucketOf(0)).toBe(0);
    expect(bucketOf(31)).toBe(31);
    expect(bucketOf(32)).toBe(32);
    expect(bucketOf(33)).toBe(32);
    expect(bucketOf(34)).toBe(33);
    for (const s of [40, 300, 3_600, 86_400, 2_000_000]) {
      const [lower, upper] = bucketBounds(bucketOf(s));
      expect(s).toBeGreaterThanOrEqual(lower - 1e-9);
      expect(s).toBeLessThan(upper);
      expect(upper / lower).toBeCloseTo(1.05, 10);
    }
  });

  it("is exact on small values and matches percentile_cont's interpolation", () => {
    const values = [3, 5, 8, 20];
    expect(percentileFromHistogram(histogramOf(values), 0.5)).toBe(percentile(values, 0.5));
    expect(percentileFromHistogram(histogramOf(values), 0.9)).toBeCloseTo(percentile(values, 0.9)!, 10);
    expect(percentileFromHistogram(new Map(), 0.5)).toBeNull();
  });

  it("estimates percentiles of a long-tailed sample within 5 %", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const values = Array.from({ length: 5_000 }, () => Math.round(60 * Math.exp(2 * random() + 2 * random())));
    for (const p of [0.5, 0.9]) {
      const exact = percentile(values, p)!;
      expect(Math.abs(percentileFromHistogram(histogramOf(values), p)! / exact - 1)).toBeLessThan(0.05);
    }
  });

  it("merges by adding counts (percentile of the union, not an average)", () => {
    const a = [60, 60, 60];
    const b = [6_000];
    const merged = mergeInto(histogramOf(a), histogramOf(b));
    expect(percentileFromHistogram(merged, 0.5)).toBe(percentileFromHistogram(histogramOf([60, 60, 60, 6_000]), 0.5));
  });
});
