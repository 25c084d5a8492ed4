import { describe, expect, it } from "vitest";
import { localDate, localMidnight, startOfWeek, wallClock, zonedWallTime, zoneOffsetMs } from "./time";

describe("wall-clock arithmetic in a zone", () => {
  it("reads the offset on both sides of a DST change", () => {
    expect(zoneOffsetMs(new Date("2026-03-28T12:00:00Z"), "Europe/Berlin")).toBe(3_600_000);
    expect(zoneOffsetMs(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin")).toBe(7_200_000);
    expect(zoneOffsetMs(Date.parse("2026-11-01T12:00:00Z"), "America/New_York")).toBe(-5 * 3_600_000);
  });

  it("finds local midnight and local wall times on the days the clocks change", () => {
    // Berlin springs forward at 02:00 on 29 March 2026: midnight is still CET, 09:00 already CEST.
    expect(localMidnight("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(zonedWallTime(2026, 2, 29, 9 * 60, "Europe/Berlin")).toISOString()).toBe(
      "2026-03-29T07:00:00.000Z",
    );
    // New York falls back on 1 November 2026: midnight is EDT, noon EST.
    expect(localMidnight("2026-11-01", "America/New_York").toISOString()).toBe("2026-11-01T04:00:00.000Z");
    expect(new Date(zonedWallTime(2026, 10, 1, 12 * 60, "America/New_York")).toISOString()).toBe(
      "2026-11-01T17:00:00.000Z",
    );
  });

  it("names the local day and week of an instant", () => {
    const lateEvening = new Date("2026-12-31T23:30:00Z");
    expect(localDate(lateEvening, "UTC")).toBe("2026-12-31");
    expect(localDate(lateEvening, "Europe/Berlin")).toBe("2027-01-01");
    expect(wallClock(lateEvening, "Europe/Berlin")).toEqual({
      year: 2027,
      month: 1,
      day: 1,
      hour: 0,
      minute: 30,
      second: 0,
    });
    // Friday 1 January 2027 in Berlin: its week starts Monday 28 December 2026, 00:00 local.
    expect(startOfWeek(lateEvening, "Europe/Berlin").toISOString()).toBe("2026-12-27T23:00:00.000Z");
  });
});
