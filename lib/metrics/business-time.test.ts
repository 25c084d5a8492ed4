import { describe, expect, it } from "vitest";
import { addBusinessSeconds, businessSeconds } from "./business-time";

const weekdays = {
  "1": [["09:00", "17:00"]],
  "2": [["09:00", "17:00"]],
  "3": [["09:00", "17:00"]],
  "4": [["09:00", "17:00"]],
  "5": [["09:00", "17:00"]],
} as const;
const hours = weekdays as unknown as Parameters<typeof businessSeconds>[2];

describe("businessSeconds", () => {
  it("counts only the open hours in the workspace's zone", () => {
    // Friday 16:00 → Monday 10:00 Berlin (CET, UTC+1): 1 h Friday + 1 h Monday.
    expect(
      businessSeconds(new Date("2026-01-09T15:00:00Z"), new Date("2026-01-12T09:00:00Z"), hours, "Europe/Berlin"),
    ).toBe(7200);
  });

  it("is zero outside business hours and equal to calendar time with no schedule", () => {
    expect(businessSeconds(new Date("2026-01-10T10:00:00Z"), new Date("2026-01-10T12:00:00Z"), hours, "UTC")).toBe(0);
    expect(businessSeconds(new Date("2026-01-10T10:00:00Z"), new Date("2026-01-10T12:00:00Z"), {}, "UTC")).toBe(7200);
  });

  it("knows daylight saving time", () => {
    // Sunday 29 March 2026 Berlin switches to CEST; Monday 09:00 local is 07:00Z.
    expect(
      businessSeconds(new Date("2026-03-27T15:00:00Z"), new Date("2026-03-30T08:00:00Z"), hours, "Europe/Berlin"),
    ).toBe(3600 + 3600);
  });

  it("skips closed days, and adding business time is its inverse", () => {
    // Thursday 24 Dec 16:00 → Monday 28 Dec 10:00 Berlin with 25 Dec closed: 1 h Thursday + 1 h Monday.
    const start = new Date("2026-12-24T15:00:00Z");
    const end = new Date("2026-12-28T09:00:00Z");
    expect(businessSeconds(start, end, hours, "Europe/Berlin", ["2026-12-25"])).toBe(7200);
    expect(businessSeconds(start, end, hours, "Europe/Berlin")).toBe(7200 + 8 * 3600);
    expect(addBusinessSeconds(start, 7200, hours, "Europe/Berlin", ["2026-12-25"])).toEqual(end);
  });
});
