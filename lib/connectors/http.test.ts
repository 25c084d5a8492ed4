import { describe, expect, it } from "vitest";
import { retryDelayMs } from "@/lib/publishing/backoff";
import { classifyHttpFailure, parseRetryAfter } from "./http";

describe("classifyHttpFailure", () => {
  it.each([408, 425, 500, 502, 503, 504])("retries HTTP %i", (status) => {
    expect(classifyHttpFailure(status, null).kind).toBe("transient");
  });
  it.each([400, 401, 403, 404, 410, 422])("fails HTTP %i at once with the status in the reason", (status) => {
    expect(classifyHttpFailure(status, null, "Validation failed")).toEqual({
      ok: false,
      kind: "permanent",
      reason: `HTTP ${status}: Validation failed`,
    });
  });
  it("retries 429 no earlier than Retry-After (seconds or a date)", () => {
    expect(classifyHttpFailure(429, "120")).toMatchObject({ kind: "transient", retryAfterMs: 120_000 });
    const now = new Date("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe("retryDelayMs", () => {
  it("doubles from 10 s with jitter, caps at 15 minutes and honours Retry-After", () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4].map((a) => retryDelayMs(a, undefined, mid))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(20, undefined, mid)).toBe(15 * 60_000);
    expect(retryDelayMs(1, undefined, () => 0)).toBe(8_000);
    expect(retryDelayMs(1, undefined, () => 1)).toBe(12_000);
    expect(retryDelayMs(1, 90_000, mid)).toBe(90_000);
  });
});
