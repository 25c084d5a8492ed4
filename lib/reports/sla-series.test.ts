import { describe, expect, it } from "vitest";
import { slaSeriesPoints } from "./sla-series";
import { bucketDays, drillHref } from "./drill";
import { reportParamsSchema } from "./params";

describe("SLA over time", () => {
  it("adds the priorities' counts for the overall share (not an average of shares)", () => {
    const points = slaSeriesPoints([
      { key: ["2026-04-02", "urgent"], responses: 1, withinTarget: 0 },
      { key: ["2026-04-01", "urgent"], responses: 1, withinTarget: 1 },
      { key: ["2026-04-01", "low"], responses: 3, withinTarget: 1 },
    ]);
    expect(points.map((p) => p.period)).toEqual(["2026-04-01", "2026-04-02"]);
    expect(points[0]).toMatchObject({ responses: 4, withinTarget: 2, attainment: 0.5, breached: 2 });
    expect(points[0]!.byPriority.low).toEqual({ responses: 3, withinTarget: 1, attainment: 1 / 3 });
    expect(points[1]).toMatchObject({ attainment: 0, breached: 1 });
  });
});

describe("drill-down links", () => {
  const range = { firstDay: "2026-03-10", lastDay: "2026-05-20" };
  it("cuts week and month buckets to the report's range", () => {
    expect(bucketDays("day", "2026-04-01", range)).toEqual({ from: "2026-04-01", to: "2026-04-01" });
    expect(bucketDays("week", "2026-03-09", range)).toEqual({ from: "2026-03-10", to: "2026-03-15" });
    expect(bucketDays("month", "2026-02-01", { firstDay: "2026-01-01", lastDay: "2026-12-31" })).toEqual({
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(bucketDays("month", "2026-05-01", range)).toEqual({ from: "2026-05-01", to: "2026-05-20" });
  });

  it("keeps the view's filters and asks for the breached responses", () => {
    const params = reportParamsSchema.parse({ kind: "persona", hours: "business", range: "90d" });
    expect(drillHref("/w/x/reports", params, { from: "2026-04-01", to: "2026-04-01" }, "breached")).toBe(
      "/w/x/reports/conversations?range=custom&from=2026-04-01&to=2026-04-01&hours=business&kind=persona&sla=breached",
    );
  });
});
