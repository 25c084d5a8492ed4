import type { BusinessHours } from "@/db/schema/tenancy";

const DAY_MS = 86_400_000;
// Building an Intl.DateTimeFormat costs ~1 ms; formatting with a built one costs microseconds. Every reply computes
// business seconds over its wait (days or weeks), so the formatters are made once per time zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function parts(instant: number, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  const p: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return p as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Milliseconds the zone is ahead of UTC at that instant (DST aware). */
function offsetMs(instant: number, timeZone: string) {
  const p = parts(instant, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/** The instant of local wall time y-m-d hh:mm in the zone (re-read at the result, for days with a DST change). */
function zoned(y: number, m: number, d: number, minutes: number, timeZone: string) {
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  const first = guess - offsetMs(guess, timeZone);
  return guess - offsetMs(first, timeZone);
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Seconds between two instants that fall inside the workspace's weekly schedule, in its time zone (the
 * business-hours response time), DST aware. A workspace without any business hours is treated as always open, so
 * the figure equals the calendar seconds rather than zero.
 */
export function businessSeconds(start: Date, end: Date, hours: BusinessHours, timeZone: string): number {
  const from = start.getTime();
  const to = end.getTime();
  if (to <= from) return 0;
  if (!Object.values(hours).some((ranges) => ranges?.length)) return Math.round((to - from) / 1000);

  let total = 0;
  const p = parts(from, timeZone);
  // Walk local calendar days (as UTC dates, which have no DST) from the start's local day until past the end.
  for (let day = Date.UTC(p.year, p.month - 1, p.day), guard = 0; guard < 3_700; day += DAY_MS, guard++) {
    const date = new Date(day);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    if (zoned(y, m, d, 0, timeZone) >= to) break;
    const weekday = String(((date.getUTCDay() + 6) % 7) + 1) as keyof BusinessHours;
    for (const [open, close] of hours[weekday] ?? []) {
      const a = Math.max(zoned(y, m, d, toMinutes(open), timeZone), from);
      const b = Math.min(zoned(y, m, d, toMinutes(close), timeZone), to);
      if (b > a) total += b - a;
    }
  }
  return Math.round(total / 1000);
}

/** The local calendar date (YYYY-MM-DD) of an instant in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  const p = parts(instant.getTime(), timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** The instant local midnight starts on a YYYY-MM-DD date in the zone (DST aware). */
export function localMidnight(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(zoned(y, m, d, 0, timeZone));
}
