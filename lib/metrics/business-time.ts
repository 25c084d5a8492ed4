import type { BusinessHours } from "@/db/schema/tenancy";
import { wallClock, zonedWallTime } from "@/lib/time";

const DAY_MS = 86_400_000;

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const hasHours = (hours: BusinessHours) => Object.values(hours).some((ranges) => ranges?.length);

/**
 * The workspace's open intervals [from, to) in milliseconds, in time order, starting with the local day that
 * contains `from` (clipped to it): its weekly schedule in its time zone, DST aware, minus closed days (local
 * "YYYY-MM-DD"). Walks local calendar days as UTC dates, which have no DST. Both the business-hours response time
 * and the business-hours SLA due time read this one walk.
 */
export function* openIntervals(
  from: number,
  hours: BusinessHours,
  timeZone: string,
  closedDays: readonly string[] = [],
): Generator<[number, number]> {
  const closed = new Set(closedDays);
  const p = wallClock(from, timeZone);
  // Ten years of days: a schedule with open hours always yields long before; the guard only stops a bad input.
  for (let day = Date.UTC(p.year, p.month - 1, p.day), guard = 0; guard < 3_700; day += DAY_MS, guard++) {
    const date = new Date(day);
    if (closed.has(date.toISOString().slice(0, 10))) continue;
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = String(((date.getUTCDay() + 6) % 7) + 1) as keyof BusinessHours;
    for (const [open, close] of hours[weekday] ?? []) {
      const a = Math.max(zonedWallTime(y, m - 1, d, toMinutes(open), timeZone), from);
      const b = zonedWallTime(y, m - 1, d, toMinutes(close), timeZone);
      if (b > a) yield [a, b];
    }
  }
}

/**
 * Seconds between two instants that fall inside the workspace's weekly schedule, in its time zone (the
 * business-hours response time), DST aware. A workspace without any business hours is treated as always open, so
 * the figure equals the calendar seconds rather than zero.
 */
export function businessSeconds(
  start: Date,
  end: Date,
  hours: BusinessHours,
  timeZone: string,
  closedDays: readonly string[] = [],
): number {
  const from = start.getTime();
  const to = end.getTime();
  if (to <= from) return 0;
  if (!hasHours(hours)) return Math.round((to - from) / 1000);

  let total = 0;
  for (const [a, b] of openIntervals(from, hours, timeZone, closedDays)) {
    if (a >= to) break;
    total += Math.min(b, to) - a;
  }
  return Math.round(total / 1000);
}

/**
 * The instant when `seconds` of business time have passed since `start` (the inverse of businessSeconds). Without
 * business hours the workspace is always open and this is plain addition; if the schedule never opens again (every
 * day closed), null.
 */
export function addBusinessSeconds(
  start: Date,
  seconds: number,
  hours: BusinessHours,
  timeZone: string,
  closedDays: readonly string[] = [],
): Date | null {
  if (!hasHours(hours)) return new Date(start.getTime() + seconds * 1000);
  let left = seconds * 1000;
  for (const [a, b] of openIntervals(start.getTime(), hours, timeZone, closedDays)) {
    if (b - a >= left) return new Date(a + left);
    left -= b - a;
  }
  return null;
}
