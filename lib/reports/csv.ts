import { stringify } from "csv-stringify/sync";

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or tab / carriage return) as a formula; a contact's
 * or member's name could be crafted that way. Such cells get a leading apostrophe (OWASP's advice), numbers stay.
 * Leading spaces do not stop some programs, and some map the full-width forms (＝ ＋ － ＠) to the ASCII ones:
 * both count as a formula start too.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function neutralise(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const OPTIONS = { record_delimiter: "\r\n", quoted_match: /[\r\n]/ } as const;

export function toCsv(header: string[], rows: unknown[][]): string {
  return csvLines([header, ...rows]);
}

/** CSV text of some records (no header): the streamed export writes each batch as it is read. */
export function csvLines(rows: unknown[][]): string {
  return rows.length
    ? stringify(
        rows.map((row) => row.map(neutralise)),
        OPTIONS,
      )
    : "";
}
