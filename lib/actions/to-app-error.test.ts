import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { toAppError } from "./to-app-error";

/** Shaped like drizzle 0.45's wrapper: "Failed query …" with the postgres.js error in `cause`. */
function drizzleError(code: string) {
  const driverError = Object.assign(new Error("database said no"), { code, severity: "ERROR" });
  return new Error("Failed query: insert into …", { cause: driverError });
}

describe("toAppError", () => {
  it("passes an AppError through unchanged", () => {
    const error = new AppError("forbidden", undefined, "not yours");
    expect(toAppError(error)).toBe(error);
  });

  it("maps a wrapped unique violation (23505) to conflict", () => {
    const result = toAppError(drizzleError("23505"));
    expect(result).toBeInstanceOf(AppError);
    expect(result?.code).toBe("conflict");
    expect(result?.status).toBe(409);
  });

  it.each(["22P02", "23503", "22001", "22003", "22007", "22008", "22021", "22P05"])(
    "maps a wrapped %s to bad_request",
    (code) => {
      expect(toAppError(drizzleError(code))?.code).toBe("bad_request");
    },
  );

  it.each(["40001", "40P01"])("maps a wrapped %s (concurrent changes crossed) to conflict", (code) => {
    expect(toAppError(drizzleError(code))?.code).toBe("conflict");
  });

  it("maps an unwrapped driver error too", () => {
    expect(toAppError(Object.assign(new Error("dup"), { code: "23505" }))?.code).toBe("conflict");
  });

  it("does not hide the database's message in the AppError", () => {
    expect(toAppError(drizzleError("23505"))?.message).not.toContain("database said no");
  });

  it("returns undefined for real bugs", () => {
    expect(toAppError(new Error("boom"))).toBeUndefined();
    expect(toAppError(new TypeError("x is undefined"))).toBeUndefined();
    expect(toAppError(drizzleError("42P01"))).toBeUndefined(); // undefined_table: a bug, not bad input
    expect(toAppError(Object.assign(new Error("net"), { code: "ECONNREFUSED" }))).toBeUndefined();
    expect(toAppError(undefined)).toBeUndefined();
    expect(toAppError("23505")).toBeUndefined();
  });
});
