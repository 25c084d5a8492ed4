import { percentile } from "../../lib/metrics/percentile";
import type { Figure } from "./context";

/**
 * Runs `fn` `warmup` times unmeasured, then `runs` times measured. The warm-up keeps one-off costs (connection
 * set-up, postgres.js statement preparation, cold buffers) out of the median the scenarios are compared on.
 */
export async function sample<T>(runs: number, fn: () => Promise<T>, warmup = 3) {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    last = await fn();
    times.push(performance.now() - started);
  }
  return { times, last: last as T };
}

/** A figure from per-op times; `rows` is the total processed over all ops, turned into rows/s. */
export function figure(
  scenario: string,
  op: string,
  times: readonly number[],
  extra: { rows?: number; note?: string } = {},
): Figure {
  const totalMs = times.reduce((sum, t) => sum + t, 0);
  const many = times.length > 1;
  return {
    scenario,
    op,
    n: times.length,
    totalMs,
    medianMs: many ? percentile(times, 0.5) : null,
    p95Ms: many ? percentile(times, 0.95) : null,
    rowsPerSec: extra.rows !== undefined && totalMs > 0 ? extra.rows / (totalMs / 1000) : undefined,
    note: extra.note,
  };
}

const int = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
export const count = (n: number) => int.format(n);

/** Milliseconds with enough precision for sub-millisecond queries and without noise for long phases. */
export function ms(value: number | null | undefined) {
  if (value === null || value === undefined) return "";
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return int.format(value);
}

/** Seconds as a short human duration, for response-time notes. */
export function duration(seconds: number | null | undefined) {
  if (seconds === null || seconds === undefined) return "–";
  if (seconds < 90) return `${Math.round(seconds)}s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)}m`;
  return `${(seconds / 3600).toFixed(1)}h`;
}

export function printTable(figures: readonly Figure[]) {
  const header = ["scenario", "operation", "n", "total ms", "median ms", "p95 ms", "rows/s", "note"];
  const rows = figures.map((f) => [
    f.scenario,
    f.op,
    count(f.n),
    ms(f.totalMs),
    ms(f.medianMs),
    ms(f.p95Ms),
    f.rowsPerSec === undefined ? "" : count(f.rowsPerSec),
    f.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Text columns left-aligned, numbers right-aligned; the note is last so long notes do not push columns apart.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 2 || i === 7 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
