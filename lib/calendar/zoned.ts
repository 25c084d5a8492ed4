import { wallClock, zonedMidnight, zoneOffsetMs } from "@/lib/time";

/**
 * The instant of a wall-clock date and time in a zone. In the spring-forward gap (02:30 that does not exist) the
 * result is the same wall time shifted by the gap (03:30), as calendars do; in the autumn overlap, the first one.
 */
export function zonedDateTime(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const midnight = zonedMidnight(y, m - 1, d, timeZone);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const guess = new Date(wall - zoneOffsetMs(midnight, timeZone));
  const candidate = new Date(wall - zoneOffsetMs(guess, timeZone));
  // Only a time in the spring-forward gap reads back differently; the guess is then that time after the jump.
  return zonedParts(candidate, timeZone).time === time ? candidate : guess;
}

/** The wall-clock date ("YYYY-MM-DD") and time ("HH:MM") of an instant in a zone: what the composer shows. */
export function zonedParts(instant: Date, timeZone: string): { date: string; time: string } {
  const w = wallClock(instant, timeZone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

const pad = (n: number) => String(n).padStart(2, "0");
