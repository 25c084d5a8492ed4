import type { BusinessHours } from "@/db/schema/tenancy";
import { addLocalDays, localDayKey, zoneOffsetMs, zonedMidnight } from "@/lib/time";

const DAY_MS = 86_400_000;

/** The instant of local time HH:MM on a local calendar day (DST aware, like zonedMidnight). */
function zonedInstant(y: number, m: number, d: number, hhmm: string, timeZone: string): Date {
  const [h, min] = hhmm.split(":").map(Number) as [number, number];
  const guess = Date.UTC(y, m - 1, d, h, min);
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess - zoneOffsetMs(new Date(first), timeZone));
}

/**
 * Seconds between two instants that fall inside the workspace's weekly schedule, in its time zone (the
 * business-hours response time). A workspace without any business hours is treated as always open, so the
 * figure equals the calendar seconds rather than zero.
 */
export function businessSeconds(start: Date, end: Date, hours: BusinessHours, timeZone: string): number {
  if (end <= start) return 0;
  const days = Object.values(hours).filter((ranges) => ranges?.length);
  if (days.length === 0) return Math.round((end.getTime() - start.getTime()) / 1000);

  let total = 0;
  const [sy, sm, sd] = localDayKey(start, timeZone).split("-").map(Number) as [number, number, number];
  let midnight = zonedMidnight(sy, sm - 1, sd, timeZone);
  // Waits are bounded (they end when someone answers); the guard only stops a runaway loop on bad input.
  for (let guard = 0; midnight < end && guard < 3_700; guard++) {
    const key = localDayKey(new Date(midnight.getTime() + DAY_MS / 2), timeZone);
    const [y, m, d] = key.split("-").map(Number) as [number, number, number];
    const weekday = String(((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1) as keyof BusinessHours;
    for (const [from, to] of hours[weekday] ?? []) {
      const open = Math.max(zonedInstant(y, m, d, from, timeZone).getTime(), start.getTime());
      const close = Math.min(zonedInstant(y, m, d, to, timeZone).getTime(), end.getTime());
      if (close > open) total += close - open;
    }
    midnight = addLocalDays(midnight, 1, timeZone);
  }
  return Math.round(total / 1000);
}
