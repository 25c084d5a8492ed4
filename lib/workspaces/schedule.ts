import type { BusinessHours } from "@/db/schema/tenancy";

export const WEEKDAYS = ["1", "2", "3", "4", "5", "6", "7"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An SLA target longer than a week is not a response target any more. */
export const MAX_SLA_MINUTES = 7 * 24 * 60;
export const MAX_RANGES_PER_DAY = 6;

export type ScheduleProblem = "timeOrder" | "overlap";

/**
 * Semantic checks of a weekly schedule whose times are already "HH:MM" (the schema checks the format): each
 * range starts before it ends, and ranges of one day do not overlap (touching, 12:00–12:00, is fine).
 * Returns the first problem per weekday; an empty object means the schedule is valid.
 */
export function scheduleProblems(hours: BusinessHours): Partial<Record<Weekday, ScheduleProblem>> {
  const problems: Partial<Record<Weekday, ScheduleProblem>> = {};
  for (const day of WEEKDAYS) {
    const ranges = hours[day] ?? [];
    if (ranges.some(([start, end]) => start >= end)) {
      problems[day] = "timeOrder";
      continue;
    }
    // Zero-padded "HH:MM" strings sort like the times they stand for.
    const sorted = [...ranges].sort((a, b) => a[0].localeCompare(b[0]));
    if (sorted.some((range, i) => i > 0 && range[0] < sorted[i - 1]![1])) problems[day] = "overlap";
  }
  return problems;
}

/** Days without ranges are left out, and each day's ranges are stored in time order. */
export function normaliseSchedule(hours: BusinessHours): BusinessHours {
  const result: BusinessHours = {};
  for (const day of WEEKDAYS) {
    const ranges = hours[day];
    if (ranges?.length) result[day] = [...ranges].sort((a, b) => a[0].localeCompare(b[0]));
  }
  return result;
}

/** An IANA time zone the runtime knows (aliases such as "UTC" or "Europe/Kiev" included). */
export function isValidTimeZone(timeZone: string) {
  if (!timeZone || timeZone.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Suggestions for the time-zone field. */
export function timeZoneOptions(): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}
