import { describe, expect, it } from "vitest";
import { isValidTimeZone, normaliseSchedule, scheduleProblems, timeZoneOptions } from "./schedule";
import { workspaceSettingsSchema } from "@/lib/members/schemas";

const valid = {
  name: "Demo",
  timezone: "Europe/Berlin",
  defaultLocale: "en",
  businessHours: { "1": [["09:00", "17:00"]] },
  slaTargets: { urgent: 15, high: 60, normal: 240, low: 1440 },
};

describe("scheduleProblems", () => {
  it("accepts closed days, several ranges and touching ranges", () => {
    expect(scheduleProblems({})).toEqual({});
    expect(
      scheduleProblems({
        "1": [
          ["09:00", "12:00"],
          ["12:00", "17:30"],
        ],
        "6": [],
      }),
    ).toEqual({});
    expect(
      scheduleProblems({
        "2": [
          ["13:00", "17:00"],
          ["08:00", "12:00"],
        ],
      }),
    ).toEqual({});
  });

  it("refuses a range that does not start before it ends", () => {
    expect(scheduleProblems({ "1": [["18:00", "09:00"]] })).toEqual({ "1": "timeOrder" });
    expect(scheduleProblems({ "3": [["09:00", "09:00"]] })).toEqual({ "3": "timeOrder" });
  });

  it("refuses overlapping ranges on one day, whatever their order, and reports per day", () => {
    expect(
      scheduleProblems({
        "1": [
          ["13:00", "17:00"],
          ["09:00", "13:30"],
        ],
        "2": [["09:00", "17:00"]],
        "5": [
          ["09:00", "17:00"],
          ["10:00", "11:00"],
        ],
      }),
    ).toEqual({
      "1": "overlap",
      "5": "overlap",
    });
  });

  it("normalises: empty days left out, ranges in time order", () => {
    expect(
      normaliseSchedule({
        "1": [
          ["13:00", "17:00"],
          ["08:00", "12:00"],
        ],
        "7": [],
      }),
    ).toEqual({
      "1": [
        ["08:00", "12:00"],
        ["13:00", "17:00"],
      ],
    });
  });
});

describe("workspaceSettingsSchema", () => {
  it("accepts a valid form", () => {
    expect(workspaceSettingsSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ["a malformed time", { businessHours: { "1": [["9:00", "17:00"]] } }, "businessHours.1.0.0"],
    ["an hour past 23", { businessHours: { "1": [["09:00", "24:30"]] } }, "businessHours.1.0.1"],
    ["an unknown weekday", { businessHours: { "8": [["09:00", "17:00"]] } }, "businessHours"],
    ["a zero SLA", { slaTargets: { ...valid.slaTargets, urgent: 0 } }, "slaTargets.urgent"],
    ["a fractional SLA", { slaTargets: { ...valid.slaTargets, high: 1.5 } }, "slaTargets.high"],
    ["an SLA over a week", { slaTargets: { ...valid.slaTargets, low: 7 * 24 * 60 + 1 } }, "slaTargets.low"],
    ["a missing SLA", { slaTargets: { urgent: 1, high: 2, normal: 3 } }, "slaTargets.low"],
    ["an unknown language", { defaultLocale: "fr" }, "defaultLocale"],
    ["an empty name", { name: "   " }, "name"],
  ])("refuses %s", (_what, patch, path) => {
    const result = workspaceSettingsSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("time zones", () => {
  it("knows IANA zones and aliases, refuses anything else", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("America/Argentina/Buenos_Aires")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("offers UTC and the runtime's zones", () => {
    const zones = timeZoneOptions();
    expect(zones).toContain("UTC");
    expect(zones).toContain("Europe/Berlin");
  });
});
