// Wall-clock arithmetic in a workspace's time zone, from Intl alone (no time-zone library in the bundle). The one
// place that reads a zone's offset: calendar ranges, the composer's date and time, report ranges and the
// business-hours clock all build on it.

// Building an Intl.DateTimeFormat costs ~1 ms; formatting with a built one costs microseconds. The business-hours
// clock reads the zone for every day of a wait (days or weeks per reply), so a formatter is made once per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** The wall-clock fields of an instant in a zone (month 1–12, hour 0–23). */
export function wallClock(instant: Date | number, timeZone: string): WallClock {
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
  return p as WallClock;
}

/** Milliseconds the zone is ahead of UTC at that instant (DST aware). */
export function zoneOffsetMs(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === "number" ? instant : instant.getTime();
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant (ms) of `minutes` past local midnight on a local calendar day (month index 0–11; days may overflow, as
 * in Date.UTC). The offset is re-read at the result: the time may lie on the other side of a DST change than the guess.
 */
export function zonedWallTime(year: number, monthIndex: number, day: number, minutes: number, timeZone: string) {
  const guess = Date.UTC(year, monthIndex, day, 0, minutes);
  const first = guess - zoneOffsetMs(guess, timeZone);
  return guess - zoneOffsetMs(first, timeZone);
}

/** The instant of local midnight on the given local calendar day in the zone. */
export function zonedMidnight(year: number, monthIndex: number, day: number, timeZone: string): Date {
  return new Date(zonedWallTime(year, monthIndex, day, 0, timeZone));
}

/** The instant local midnight starts on a "YYYY-MM-DD" date in the zone. */
export function localMidnight(date: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return zonedMidnight(y, m - 1, d, timeZone);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The local calendar date of an instant in a zone, "YYYY-MM-DD" (a stable key for grouping by day). */
export function localDate(instant: Date | number, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Monday 00:00 (local) of the week containing the instant, in the zone. */
export function startOfWeek(instant: Date, timeZone: string): Date {
  const w = wallClock(instant, timeZone);
  const weekday = (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7; // Monday = 0
  return zonedMidnight(w.year, w.month - 1, w.day - weekday, timeZone);
}
