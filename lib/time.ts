const DAY_MS = 86_400_000;

/** Milliseconds the zone is ahead of UTC at that instant (DST aware), from Intl alone. */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant of local midnight on the given local calendar day in the zone. */
export function zonedMidnight(year: number, monthIndex: number, day: number, timeZone: string): Date {
  const guess = Date.UTC(year, monthIndex, day);
  const first = guess - zoneOffsetMs(new Date(guess), timeZone);
  // Re-read the offset at the result: midnight may fall on the other side of a DST change than the guess.
  return new Date(guess - zoneOffsetMs(new Date(first), timeZone));
}

/** Local calendar day of an instant in a zone, as YYYY-MM-DD (a stable key for grouping by day). */
export function localDayKey(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(
    instant,
  );
}

/** Monday 00:00 (local) of the week containing the instant, in the zone. */
export function startOfWeek(instant: Date, timeZone: string): Date {
  const [y, m, d] = localDayKey(instant, timeZone).split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return zonedMidnight(y, m - 1, d - weekday, timeZone);
}

/** Adds whole local days (keeps local midnight across DST changes). */
export function addLocalDays(midnight: Date, days: number, timeZone: string): Date {
  const [y, m, d] = localDayKey(new Date(midnight.getTime() + DAY_MS / 2), timeZone)
    .split("-")
    .map(Number) as [number, number, number];
  return zonedMidnight(y, m - 1, d + days, timeZone);
}
