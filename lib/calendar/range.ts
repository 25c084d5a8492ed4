import { localDate, localMidnight, startOfWeek } from "@/lib/time";
import { zonedParts } from "./zoned";

export const CALENDAR_VIEWS = ["month", "week", "list"] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" plus whole days, as calendar arithmetic (no time zone involved). */
export function addDays(dayKey: string, days: number): string {
  const [y, m, d] = dayKey.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The anchor day from the URL, or today in the zone when it is missing or malformed. */
export function anchorDay(value: string | undefined, timeZone: string, now = new Date()): string {
  return value && DAY_KEY.test(value) && !Number.isNaN(Date.parse(value)) ? value : localDate(now, timeZone);
}

export type VisibleRange = { from: Date; to: Date; days: string[]; monthKey: string };

/**
 * What a view shows for an anchor day, in the workspace's zone: the week (Monday–Sunday), the month's whole weeks
 * (the grid), or the month itself (the list). `from`/`to` are instants of local midnights, so a range across a DST
 * change is 23 or 25 hours longer or shorter where it must be; `days` are the local days shown.
 */
export function visibleRange(view: CalendarView, anchor: string, timeZone: string): VisibleRange {
  const monthKey = anchor.slice(0, 7);
  const firstOfMonth = `${monthKey}-01`;
  const nextMonth = addDays(`${monthKey}-28`, 4).slice(0, 7) + "-01";
  let first: string;
  let last: string; // exclusive
  if (view === "week") {
    first = localDate(startOfWeek(localMidnight(anchor, timeZone), timeZone), timeZone);
    last = addDays(first, 7);
  } else if (view === "month") {
    first = localDate(startOfWeek(localMidnight(firstOfMonth, timeZone), timeZone), timeZone);
    const lastDay = addDays(nextMonth, -1);
    last = addDays(localDate(startOfWeek(localMidnight(lastDay, timeZone), timeZone), timeZone), 7);
  } else {
    first = firstOfMonth;
    last = nextMonth;
  }
  const days: string[] = [];
  for (let day = first; day < last; day = addDays(day, 1)) days.push(day);
  return { from: localMidnight(first, timeZone), to: localMidnight(last, timeZone), days, monthKey };
}

/** The anchor of the previous or next page of a view. */
export function shiftAnchor(view: CalendarView, anchor: string, direction: 1 | -1): string {
  if (view === "week") return addDays(anchor, 7 * direction);
  const [y, m] = anchor.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + direction, 1)).toISOString().slice(0, 10);
}

/**
 * Where a post sits on the week's time grid: its local day and the minutes since local midnight (wall-clock
 * minutes, so 09:00 is at 540 on the day after a DST change too).
 */
export function gridPlacement(instant: Date, timeZone: string): { day: string; minutes: number } {
  const { date, time } = zonedParts(instant, timeZone);
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return { day: date, minutes: hh * 60 + mm };
}
