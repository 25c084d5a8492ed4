import { describe, expect, it } from "vitest";
import { reportParamsSchema, resolveRange } from "@/lib/reports/params";
import { localDate, localMidnight } from "@/lib/time";
import { businessSeconds } from "./business-time";
import { computeWaits, type ThreadMessage } from "./waits";

const office = Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "17:00"]]])) as Parameters<
  typeof businessSeconds
>[2];

describe("report metrics on hand-computed fixtures", () => {
  it("business hours over a weekend: Friday 16:00 → Monday 10:00 in Vienna is 2 h", () => {
    // 2026-03-06 is a Friday; Vienna is UTC+1 in March before the 29th.
    expect(
      businessSeconds(new Date("2026-03-06T15:00:00Z"), new Date("2026-03-09T09:00:00Z"), office, "Europe/Vienna"),
    ).toBe(2 * 3600);
  });

  it("business hours across the spring DST change count the local office hours (8 h on Monday 30 March)", () => {
    // Friday 27 March 17:00 CET → Monday 30 March 17:00 CEST: only Monday's 09:00–17:00 local.
    expect(
      businessSeconds(new Date("2026-03-27T16:00:00Z"), new Date("2026-03-30T15:00:00Z"), office, "Europe/Vienna"),
    ).toBe(8 * 3600);
  });

  it("a reopened conversation starts a new wait that is not a first response", () => {
    const t = (m: number) => new Date(Date.parse("2026-03-02T09:00:00Z") + m * 60_000);
    const thread: ThreadMessage[] = [
      { direction: "inbound", sentAt: t(0) },
      { direction: "inbound", sentAt: t(5) }, // consecutive: the clock keeps running from 0
      { direction: "outbound", sentAt: t(30) }, // answered, conversation resolved
      { direction: "inbound", sentAt: t(24 * 60) }, // a day later: reopened
      { direction: "outbound", sentAt: t(24 * 60 + 12) },
    ];
    const { waits } = computeWaits(thread);
    expect(waits.map((w) => [w.seconds, w.isFirst])).toEqual([
      [30 * 60, true],
      [12 * 60, false],
    ]);
  });

  it("local days follow the zone across DST: 29 March 2026 in Vienna is 23 hours long", () => {
    const start = localMidnight("2026-03-29", "Europe/Vienna");
    const end = localMidnight("2026-03-30", "Europe/Vienna");
    expect(start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
    expect(localDate(new Date("2026-03-28T23:30:00Z"), "Europe/Vienna")).toBe("2026-03-29");
  });

  it("report ranges are whole local days and fall back on bad input", () => {
    const now = new Date("2026-04-15T10:00:00Z");
    const last30 = resolveRange(reportParamsSchema.parse({ range: "30d" }), "Europe/Vienna", now);
    expect([last30.firstDay, last30.lastDay, last30.days, last30.period]).toEqual([
      "2026-03-17",
      "2026-04-15",
      30,
      "day",
    ]);
    const lastMonth = resolveRange(reportParamsSchema.parse({ range: "last-month" }), "UTC", now);
    expect([lastMonth.firstDay, lastMonth.lastDay]).toEqual(["2026-03-01", "2026-03-31"]);
    const junk = reportParamsSchema.parse({ range: "forever", hours: "x", identity: "1 or 1=1", from: "2026-13-45" });
    expect(junk).toMatchObject({ range: "30d", hours: "calendar", identity: undefined, from: undefined });
    const custom = resolveRange(
      reportParamsSchema.parse({ range: "custom", from: "2026-04-10", to: "2026-04-01" }),
      "UTC",
      now,
    );
    expect([custom.firstDay, custom.lastDay]).toEqual(["2026-04-01", "2026-04-10"]);
  });
});
