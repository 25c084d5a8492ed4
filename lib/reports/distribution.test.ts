import { describe, expect, it } from "vitest";
import { bucketBounds, bucketOf } from "@/lib/metrics/histogram";
import { DISTRIBUTION_EDGES, distributionTable, rangeOfBucket, rangeOfSeconds } from "./distribution";

describe("distribution ranges", () => {
  it("puts an edge into the range above it, like width_bucket", () => {
    expect([0, 299, 300, 899, 900, 3_599, 3_600, 14_399, 14_400, 86_399, 86_400, 10 ** 7].map(rangeOfSeconds)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it("maps every rollup bucket that does not straddle an edge exactly", () => {
    const straddling = new Set(DISTRIBUTION_EDGES.map((e) => bucketOf(e)));
    for (let bucket = 0; bucket <= bucketOf(30 * 86_400); bucket++) {
      const [lower, upper] = bucketBounds(bucket);
      const lowest = Math.ceil(lower);
      const highest = Math.ceil(upper) - 1;
      if (highest < lowest) continue;
      if (straddling.has(bucket)) {
        expect(rangeOfSeconds(lowest)).not.toBe(rangeOfSeconds(highest));
        continue;
      }
      // All whole seconds of the bucket lie in one range, and the mapping names it.
      expect(rangeOfSeconds(lowest)).toBe(rangeOfSeconds(highest));
      expect(rangeOfBucket(bucket)).toBe(rangeOfSeconds(lowest));
    }
  });

  it("gives each of the five straddling buckets to the range holding most of it (hand-computed)", () => {
    // 5 min: bucket 77 = [287.5, 301.9) → "< 5 min" (288–299 s vs 300–301 s).
    expect(bucketOf(300)).toBe(77);
    expect(rangeOfBucket(77)).toBe(0);
    // 15 min: bucket 100 = [883.1, 927.3) → "15–60 min" (900–927 s vs 884–899 s).
    expect(bucketOf(900)).toBe(100);
    expect(rangeOfBucket(100)).toBe(2);
    // 1 h: bucket 128 = [3,462.0, 3,635.1) → "15–60 min".
    expect(bucketOf(3_600)).toBe(128);
    expect(rangeOfBucket(128)).toBe(2);
    // 4 h: bucket 157 = [14,249.9, 14,962.4) → "4–24 h".
    expect(bucketOf(14_400)).toBe(157);
    expect(rangeOfBucket(157)).toBe(4);
    // 24 h: bucket 193 = [82,532.9, 86,659.5) → "4–24 h".
    expect(bucketOf(86_400)).toBe(193);
    expect(rangeOfBucket(193)).toBe(4);
    // Never more than 5 % off: the misplaced seconds lie within the straddling bucket.
    for (const edge of DISTRIBUTION_EDGES) {
      const [lower, upper] = bucketBounds(bucketOf(edge));
      expect(upper / lower).toBeCloseTo(1.05, 10);
    }
  });

  it("tabulates every range for both voices with shares of each voice's total", () => {
    const table = distributionTable([
      { kind: "brand", range: "lt5m", responses: 3 },
      { kind: "brand", range: "1to4h", responses: 1 },
      { kind: "persona", range: "lt5m", responses: 2 },
    ]);
    expect(table.map((r) => r.range)).toEqual(["lt5m", "5to15m", "15to60m", "1to4h", "4to24h", "gt24h"]);
    expect(table[0]).toEqual({ range: "lt5m", brand: 3, persona: 2, brandShare: 0.75, personaShare: 1 });
    expect(table[1]).toEqual({ range: "5to15m", brand: 0, persona: 0, brandShare: 0, personaShare: 0 });
    expect(distributionTable([])[0]).toMatchObject({ brandShare: null, personaShare: null });
  });
});
