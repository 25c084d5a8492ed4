import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { z } from "zod";

/**
 * Keyset pagination for every list, newest first on (timestamp, id): the cursor is the last row's pair, sent to
 * the client as one opaque string. Never OFFSET: a row comparison lets PostgreSQL seek the list's index
 * (…, timestamp, id) however deep the page, and rows added meanwhile neither repeat nor vanish.
 */
export type Keyset = { at: string; id: string };

const keysetSchema = z.tuple([z.iso.datetime({ offset: true }), z.uuid()]);

export function encodeCursor({ at, id }: Keyset): string {
  return Buffer.from(JSON.stringify([at, id])).toString("base64url");
}

/** The pair inside a cursor, or undefined when it was not made by encodeCursor (tampered, truncated, foreign). */
export function decodeCursor(cursor: string): Keyset | undefined {
  try {
    const parsed = keysetSchema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? { at: parsed.data[0], id: parsed.data[1] } : undefined;
  } catch {
    return undefined;
  }
}

/** A `cursor` query parameter: a bad one is a validation issue, so the route answers 400 (bad_request). */
export const cursorParamSchema = z
  .string()
  .max(200)
  .transform((raw, ctx) => decodeCursor(raw) ?? (ctx.addIssue({ code: "custom", message: "invalid cursor" }), z.NEVER));

/**
 * The timestamp as the cursor stores it: microsecond-exact text (a JS Date would drop the microseconds and skip
 * or repeat rows on the next page).
 */
export function cursorTime(at: AnyColumn | SQL): SQL<string> {
  return sql<string>`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * `(at, id) < (cursor)`: the rows after the cursor in newest-first order (`>` for an oldest-first list, such as
 * the queue sorted by SLA due); undefined on the first page. `at` may be an expression that an index covers.
 */
export function afterCursor(
  at: AnyColumn | SQL,
  id: AnyColumn,
  cursor: Keyset | undefined,
  order: "desc" | "asc" = "desc",
): SQL | undefined {
  if (!cursor) return undefined;
  const op = sql.raw(order === "desc" ? "<" : ">");
  return sql`(${at}, ${id}) ${op} (${cursor.at}::timestamptz, ${cursor.id}::uuid)`;
}

/**
 * One page from `limit + 1` rows fetched in order: the extra row only says that there is a next page, whose
 * cursor is the last returned row's (cursorAt, id). The cursorAt helper column is dropped from the items.
 */
export function keysetPage<Row extends { id: string; cursorAt: string }>(rows: Row[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => {
      const { cursorAt, ...item } = row;
      void cursorAt;
      return item;
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}
