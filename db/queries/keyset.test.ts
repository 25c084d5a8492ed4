import { describe, expect, it } from "vitest";
import { listAuditQuerySchema } from "@/lib/audit/schemas";
import { queuePageQuerySchema } from "@/lib/inbox/schemas";
import { cursorParamSchema, decodeCursor, encodeCursor, keysetPage } from "./keyset";

const at = "2026-05-04T10:00:00.123456Z";
const id = "3f0e4c8a-1d2b-4c5d-8e9f-0a1b2c3d4e5f";

describe("keyset cursors", () => {
  it("round-trips the last row's (timestamp, id), microseconds included", () => {
    expect(decodeCursor(encodeCursor({ at, id }))).toEqual({ at, id });
  });

  it.each([
    ["not base64 JSON", "%%%"],
    ["a JSON object instead of the pair", Buffer.from(JSON.stringify({ at, id })).toString("base64url")],
    ["a malformed id", encodeCursor({ at, id: "1; drop table users" })],
    ["a malformed time", encodeCursor({ at: "yesterday", id })],
    ["an empty string", ""],
  ])("refuses %s", (_, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
    expect(cursorParamSchema.safeParse(cursor).success).toBe(false);
  });

  it("is a bad request (400) in every list's query schema", () => {
    for (const schema of [listAuditQuerySchema, queuePageQuerySchema]) {
      expect(schema.safeParse({ cursor: "garbage" }).success).toBe(false);
      expect(schema.parse({ cursor: encodeCursor({ at, id }) }).cursor).toEqual({ at, id });
    }
  });

  it("fetches limit + 1: the extra row only means there is a next page, starting after the last one returned", () => {
    const rows = [1, 2, 3].map((n) => ({ id: `${id.slice(0, -1)}${n}`, cursorAt: at, name: `row ${n}` }));
    const page = keysetPage(rows, 2);
    expect(page.items).toEqual([
      { id: rows[0]!.id, name: "row 1" },
      { id: rows[1]!.id, name: "row 2" },
    ]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ at, id: rows[1]!.id });
    expect(keysetPage(rows, 3).nextCursor).toBeNull();
  });
});
