import { describe, expect, it } from "vitest";
import { bucketsOf } from "./buckets";

describe("bucketsOf", () => {
  it("lists every day, including empty ones", () => {
    expect(bucketsOf("2026-03-30", "2026-04-02", "day")).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
    ]);
  });

  it("starts weeks on Monday, the first one before the range when it starts mid-week", () => {
    // 2026-04-01 is a Wednesday.
    expect(bucketsOf("2026-04-01", "2026-04-20", "week")).toEqual([
      "2026-03-30",
      "2026-04-06",
      "2026-04-13",
      "2026-04-20",
    ]);
  });

  it("lists months from the first of the month", () => {
    expect(bucketsOf("2026-01-31", "2026-03-01", "month")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });
});
