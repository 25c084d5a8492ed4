import { describe, expect, it } from "vitest";
import type { BusinessHours } from "@/db/schema/tenancy";
import { slaDueAt, type SlaSettings } from "./due";

const weekdays: BusinessHours = Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "17:00"]]]));
const vienna: SlaSettings = {
  timezone: "Europe/Vienna",
  businessHours: weekdays,
  slaTargets: { urgent: 15, high: 60, normal: 240, low: 1440 },
  slaBusinessHours: true,
};

describe("slaDueAt", () => {
  it("counts calendar minutes unless the workspace asks for business hours", () => {
    const friday = new Date("2026-01-09T18:00:00Z");
    expect(slaDueAt({ ...vienna, slaBusinessHours: false }, "high", friday)).toEqual(new Date("2026-01-09T19:00:00Z"));
  });

  it("a Friday-evening message is due on Monday morning, counted from opening time", () => {
    // Friday 9 Jan 2026, 18:30 in Vienna (UTC+1): closed until Monday 09:00; 60 business minutes → 10:00 local.
    expect(slaDueAt(vienna, "high", new Date("2026-01-09T17:30:00Z"))).toEqual(new Date("2026-01-12T09:00:00Z"));
  });

  it("carries the remainder of a wait that starts late on Friday over the weekend", () => {
    // Friday 16:30 local, 4 h target: 30 min on Friday, 3 h 30 on Monday → Monday 12:30 local (11:30 UTC).
    expect(slaDueAt(vienna, "normal", new Date("2026-01-09T15:30:00Z"))).toEqual(new Date("2026-01-12T11:30:00Z"));
  });

  it("follows the wall clock across the change to summer time in Europe/Vienna", () => {
    // Friday 27 Mar 2026 16:00 local (UTC+1); clocks go forward on Sunday 29 Mar. 2 h of business time: 1 h on
    // Friday, 1 h from Monday 09:00 local, which is now UTC+2 → Monday 10:00 local = 08:00 UTC.
    const settings = { ...vienna, slaTargets: { ...vienna.slaTargets, high: 120 } };
    expect(slaDueAt(settings, "high", new Date("2026-03-27T15:00:00Z"))).toEqual(new Date("2026-03-30T08:00:00Z"));
  });

  it("counts 24 calendar hours across the DST change as 24 real hours", () => {
    const settings = { ...vienna, slaBusinessHours: false };
    expect(slaDueAt(settings, "low", new Date("2026-03-28T12:00:00Z"))).toEqual(new Date("2026-03-29T12:00:00Z"));
  });

  it("skips a holiday", () => {
    // Thursday 24 Dec 2026 16:30 local; 25 Dec (Friday) is closed, then the weekend: 30 min on Thursday, 30 on Monday.
    const settings = { ...vienna, closedDays: ["2026-12-25"] };
    expect(slaDueAt(settings, "high", new Date("2026-12-24T15:30:00Z"))).toEqual(new Date("2026-12-28T08:30:00Z"));
  });

  it("runs around the clock when no business hours are set, and never returns a due time that cannot come", () => {
    const start = new Date("2026-01-10T10:00:00Z");
    expect(slaDueAt({ ...vienna, businessHours: {} }, "urgent", start)).toEqual(new Date("2026-01-10T10:15:00Z"));
    const allClosed = { ...vienna, businessHours: { "1": [["09:00", "09:00"]] } as BusinessHours };
    expect(slaDueAt(allClosed, "urgent", start)).toEqual(new Date("2026-01-10T10:15:00Z"));
  });
});
