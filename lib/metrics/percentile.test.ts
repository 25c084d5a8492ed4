import { describe, expect, it } from "vitest";
import { percentile } from "./percentile";

// Expected values follow PostgreSQL's percentile_cont: rank = p·(n−1), linear interpolation between neighbours.
describe("percentile", () => {
  it("interpolates the median of an even sample", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
  });

  it("takes the middle value of an odd sample", () => {
    expect(percentile([7, 1, 3], 0.5)).toBe(3);
  });

  it("computes p90 of 1..10 as 9.1", () => {
    const values = Array.from({ length: 10 }, (_, i) => i + 1);
    expect(percentile(values, 0.9)).toBeCloseTo(9.1, 10);
  });

  it("does not depend on input order and does not mutate the input", () => {
    const values = [10, 3, 8, 1, 6];
    expect(percentile(values, 0.25)).toBe(3);
    expect(values).toEqual([10, 3, 8, 1, 6]);
  });

  it("returns the extremes at p = 0 and p = 1", () => {
    expect(percentile([5, 2, 9], 0)).toBe(2);
    expect(percentile([5, 2, 9], 1)).toBe(9);
  });

  it("returns null for an empty sample", () => {
    expect(percentile([], 0.5)).toBeNull();
  });

  it("returns the single value for every p", () => {
    for (const p of [0, 0.5, 0.9, 1]) expect(percentile([42], p)).toBe(42);
  });

  it("rejects p outside [0, 1]", () => {
    expect(() => percentile([1, 2], 1.5)).toThrow(RangeError);
    expect(() => percentile([1, 2], -0.1)).toThrow(RangeError);
  });
});
