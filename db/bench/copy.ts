import net from "node:net";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import postgres, { type Sql } from "postgres";

/** A jsonb value; wrapped so a JSON array is not mistaken for a text[] literal. */
export class Json {
  constructor(readonly value: unknown) {}
}

export type Cell = string | number | boolean | Date | null | readonly string[] | Json;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const SPECIAL = /[\\\t\n\r]/;
// Most values need no escaping: testing first skips replace()'s callback on the hot path.
const escape = (text: string) => (SPECIAL.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text);

/** One value in COPY's text format: \N for null, ISO-8601 for timestamps, {…} literals for text[], JSON for jsonb. */
function cell(value: Cell): string {
  if (value === null) return "\\N";
  if (typeof value === "string") return escape(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Json) return escape(JSON.stringify(value.value));
  return escape(`{${value.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`);
}

/**
 * Rows of one table, kept as COPY text lines until flushed. COPY rather than multi-row INSERT: no 65,535-parameter
 * limit per statement and no per-value parameter encoding. Foreign keys stay checked (the database validates the
 * generator for free); on messages those per-row checks are about two thirds of the load time. Columns left out
 * take their defaults, as with INSERT.
 */
export class CopyTable<C extends string> {
  private lines: string[] = [];
  /** Rows flushed so far. */
  written = 0;

  constructor(
    readonly name: string,
    readonly columns: readonly C[],
  ) {}

  get pending() {
    return this.lines.length;
  }

  add(row: Record<C, Cell>) {
    this.lines.push(this.columns.map((c) => cell(row[c])).join("\t"));
  }

  /** Streams the buffered rows in through one COPY statement; returns how many rows went in. */
  async flush(sql: Sql) {
    const lines = this.lines;
    if (lines.length === 0) return 0;
    this.lines = [];
    // Quoted identifiers: column names come from this file, never from input.
    const statement = `copy "${this.name}" (${this.columns.map((c) => `"${c}"`).join(", ")}) from stdin`;
    const stream = await sql.unsafe(statement).writable();
    await pipeline(Readable.from(chunked(lines, 2_000)), stream);
    this.written += lines.length;
    return lines.length;
  }
}

// Writing thousands of lines per chunk keeps the stream's per-write overhead out of the figures.
function* chunked(lines: readonly string[], size: number) {
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size).join("\n") + "\n";
}

/**
 * A one-connection client for bulk loads. postgres.js leaves Nagle's algorithm on, which costs every COPY ~45 ms:
 * its small CopyDone message waits for the server's delayed ACK of the data before it is sent (measured here:
 * a 1-row COPY took 54 ms through the app's client and 2.7 ms with TCP_NODELAY). Ordinary queries are one write
 * each and do not notice. `socket` is a documented postgres.js option its typings do not declare.
 */
export function loaderClient(url: string): Sql {
  const socket = (o: { host: string[]; port: number[]; path?: string | false }) =>
    new Promise<net.Socket>((resolve, reject) => {
      const s = o.path ? net.connect(o.path) : net.connect({ host: o.host[0], port: o.port[0]!, noDelay: true });
      s.once("connect", () => resolve(s));
      s.once("error", reject);
    });
  return postgres(url, { max: 1, onnotice: () => {}, socket } as postgres.Options<Record<string, never>>);
}
