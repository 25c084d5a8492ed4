import { describe, expect, it } from "vitest";
import { inboundCommentIndexes, simulatedMetrics } from "./sandbox-audience";

const id = "6f1c1e52-2d57-4d5e-9c4b-9b6a1d0b8f10";
const hour = 3_600_000;

describe("the sandbox audience", () => {
  it("is deterministic and only grows, fast in the first hours", () => {
    expect(simulatedMetrics(id, "brand", 2 * hour)).toEqual(simulatedMetrics(id, "brand", 2 * hour));
    const series = [0, hour / 2, hour, 6 * hour, 24 * hour, 72 * hour].map((t) => simulatedMetrics(id, "brand", t));
    for (let i = 1; i < series.length; i++) {
      for (const key of ["impressions", "likes", "comments", "shares", "saves"] as const)
        expect(series[i]![key]).toBeGreaterThanOrEqual(series[i - 1]![key]);
    }
    expect(series[0]!.impressions).toBeGreaterThan(0);
    expect(series[4]!.impressions).toBeGreaterThan(series[2]!.impressions * 3);
  });

  it("gives persona posts less reach but a higher engagement rate than brand posts, on average", () => {
    const ids = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`);
    const sum = (kind: "brand" | "persona") =>
      ids
        .map((t) => simulatedMetrics(t, kind, 48 * hour))
        .reduce(
          (acc, m) => ({
            impressions: acc.impressions + m.impressions,
            engaged: acc.engaged + m.likes + m.comments + m.shares + m.saves,
          }),
          { impressions: 0, engaged: 0 },
        );
    const brand = sum("brand");
    const persona = sum("persona");
    expect(persona.impressions).toBeLessThan(brand.impressions);
    expect(persona.engaged / persona.impressions).toBeGreaterThan(brand.engaged / brand.impressions);
  });

  it("turns at most three comments per post into conversations", () => {
    expect(inboundCommentIndexes(id, 1_000).length).toBeLessThanOrEqual(3);
    expect(inboundCommentIndexes(id, 0)).toEqual([]);
  });
});
