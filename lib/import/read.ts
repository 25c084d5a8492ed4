import { createInterface } from "node:readline";
import { PassThrough, type Readable } from "node:stream";
import { parse } from "csv-parse";
import { FORMAT_COLUMNS, type ImportFormat } from "./formats";

/** A file the import cannot read at all (missing required columns, not CSV / JSON Lines). */
export class ImportFileError extends Error {
  constructor(
    readonly code: "missing_columns" | "empty_file",
    readonly columns: string[] = [],
  ) {
    super(
      code === "missing_columns" ? `Missing required columns: ${columns.join(", ")}` : "The file has no header row",
    );
  }
}

export type FileRecord = { line: number; record: Record<string, string | undefined> } | { line: number; error: string };

export type RecordSource = { ignoredColumns: string[]; records: AsyncIterable<FileRecord> };

/** Counts bytes as they stream by, for the progress bar (the file is never held in memory). */
export function countingStream(input: Readable, onBytes: (total: number) => void) {
  let total = 0;
  const counter = new PassThrough();
  counter.on("data", (chunk: Buffer) => onBytes((total += chunk.length)));
  input.on("error", (error) => counter.destroy(error));
  return input.pipe(counter);
}

/**
 * Streams the records of a twcs CSV, a native CSV or a native JSON Lines file (recognised by its first character,
 * "{"). Columns the format does not define are ignored and listed (an unnamed one as "#<position>"); a missing
 * required column throws ImportFileError before any row is read. Broken rows come back as errors, never a throw.
 */
export async function openRecords(format: ImportFormat, input: Readable): Promise<RecordSource> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await iterator.next();
  if (first.done) throw new ImportFileError("empty_file");
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(first.value);
  // Put the peeked chunk back in front of the rest of the stream.
  const rest = PassThrough.from(
    (async function* () {
      yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })(),
  );
  const jsonLines =
    format === "native" &&
    head
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("{");
  return jsonLines ? readJsonLines(rest) : readCsv(format, rest);
}

function checkColumns(format: ImportFormat, header: string[]) {
  const { required, optional } = FORMAT_COLUMNS[format];
  const known = new Set([...required, ...optional]);
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length) throw new ImportFileError("missing_columns", missing);
  return header.flatMap((name, index) => (known.has(name) ? [] : [name || `#${index + 1}`]));
}

async function readCsv(format: ImportFormat, input: Readable): Promise<RecordSource> {
  const skipped: FileRecord[] = [];
  let lastSkippedLine = -1;
  const parser = input.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error) => {
        const line = Number(error?.lines ?? 0);
        // One broken record may raise several errors; it is one skipped row.
        if (line !== lastSkippedLine) skipped.push({ line, error: error?.message ?? "malformed row" });
        lastSkippedLine = line;
        return undefined;
      },
    }),
  );
  input.on("error", (error) => parser.destroy(error));
  const rows = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const headerRow = await rows.next();
  if (headerRow.done) throw new ImportFileError("empty_file");
  const header = headerRow.value.record.map((name) => name.trim().toLowerCase());
  const ignoredColumns = checkColumns(format, header);
  async function* records(): AsyncGenerator<FileRecord> {
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      yield* skipped.splice(0);
      const { record, info } = next.value;
      yield { line: info.lines, record: Object.fromEntries(header.map((name, i) => [name, record[i]])) };
    }
    yield* skipped.splice(0);
  }
  return { ignoredColumns, records: records() };
}

async function readJsonLines(input: Readable): Promise<RecordSource> {
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  const known = new Set([...FORMAT_COLUMNS.native.required, ...FORMAT_COLUMNS.native.optional]);
  const ignored = new Set<string>();
  let lineNo = 0;
  let first: FileRecord | undefined;
  const parseLine = (text: string, line: number): FileRecord | undefined => {
    if (!text.trim()) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== "object" || Array.isArray(value)) return { line, error: "not a JSON object" };
      const record: Record<string, string | undefined> = {};
      for (const [key, field] of Object.entries(value)) {
        if (!known.has(key)) ignored.add(key);
        else if (field !== null && field !== undefined)
          record[key] = typeof field === "string" ? field : JSON.stringify(field);
      }
      return { line, record };
    } catch {
      return { line, error: "invalid JSON" };
    }
  };
  // The first object names the columns: a missing required one is an error like a CSV header without it.
  while (!first) {
    const next = await lines.next();
    if (next.done) break;
    first = parseLine(next.value, ++lineNo);
  }
  if (!first) throw new ImportFileError("empty_file");
  if ("record" in first) {
    const missing = FORMAT_COLUMNS.native.required.filter((name) => !(name in first.record));
    if (missing.length) throw new ImportFileError("missing_columns", missing);
  }
  async function* records(): AsyncGenerator<FileRecord> {
    yield first!;
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const record = parseLine(next.value, ++lineNo);
      if (record) yield record;
    }
  }
  return {
    get ignoredColumns() {
      return [...ignored];
    },
    records: records(),
  };
}
