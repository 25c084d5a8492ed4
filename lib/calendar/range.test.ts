import { describe, expect, it } from "vitest";
import { gridPlacement, shiftAnchor, visibleRange } from "./range";
import { zonedDateTime, zonedParts } from "./zoned";

const BERLIN = "Europe/Berlin";

describe("calendar ranges and placement across DST", () => {
  it("places 09:00 local at 09:00 on the grid before and after the spring change", () => {
    const before = zonedDateTime("2026-03-28", "09:00", BERLIN);
    const after = zonedDateTime("2026-03-30", "09:00", BERLIN);
    expect(before.toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(after.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(gridPlacement(before, BERLIN)).toEqual({ day: "2026-03-28", minutes: 540 });
    expect(gridPlacement(after, BERLIN)).toEqual({ day: "2026-03-30", minutes: 540 });
  });

  it("moves a time in the spring-forward gap past the gap, and takes the first 02:30 in autumn", () => {
    expect(zonedParts(zonedDateTime("2026-03-29", "02:30", BERLIN), BERLIN)).toEqual({
      date: "2026-03-29",
      time: "03:30",
    });
    expect(zonedDateTime("2026-10-25", "02:30", BERLIN).toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("a week across the autumn change spans 169 hours, Monday to Monday local midnight", () => {
    const week = visibleRange("week", "2026-10-25", BERLIN);
    expect(week.days).toEqual([
      "2026-10-19",
      "2026-10-20",
      "2026-10-21",
      "2026-10-22",
      "2026-10-23",
      "2026-10-24",
      "2026-10-25",
    ]);
    expect(week.from.toISOString()).toBe("2026-10-18T22:00:00.000Z");
    expect((week.to.getTime() - week.from.getTime()) / 3_600_000).toBe(169);
  });

  it("a month view shows whole weeks, a list view the month itself; paging moves by a week or a month", () => {
    const month = visibleRange("month", "2026-03-15", BERLIN);
    expect(month.days[0]).toBe("2026-02-23");
    expect(month.days.length % 7).toBe(0);
    expect(month.days.at(-1)).toBe("2026-04-05");
    const list = visibleRange("list", "2026-03-15", BERLIN);
    expect([list.days[0], list.days.at(-1)]).toEqual(["2026-03-01", "2026-03-31"]);
    expect(shiftAnchor("month", "2026-01-31", 1)).toBe("2026-02-01");
    expect(shiftAnchor("week", "2026-03-28", 1)).toBe("2026-04-04");
  });

  it("a post at 23:30 UTC lies on the next local day in Berlin", () => {
    expect(gridPlacement(new Date("2026-06-30T23:30:00Z"), BERLIN)).toEqual({ day: "2026-07-01", minutes: 90 });
  });
});
