import { z } from "zod";
import { localDate, localMidnight } from "@/lib/time";

/** Report views as URL search parameters, so a view can be shared as a link. */
export const RANGE_PRESETS = ["7d", "30d", "90d", "this-month", "last-month", "custom"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
const uuid = z.string().uuid();
// Unknown or malformed values fall back to the default instead of failing the page (a shared link stays usable).
const loose = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const reportParamsSchema = z.object({
  range: z.enum(RANGE_PRESETS).catch("30d").default("30d"),
  from: loose(isoDate),
  to: loose(isoDate),
  hours: z.enum(["calendar", "business"]).catch("calendar").default("calendar"),
  compare: z.enum(["1"]).optional().catch(undefined),
  kind: loose(z.enum(["brand", "persona"])),
  identity: loose(uuid),
  channel: loose(uuid),
  member: loose(uuid),
  category: loose(z.enum(["praise", "criticism", "question", "other"])),
});
export type ReportParams = z.output<typeof reportParamsSchema>;

export type ReportRange = {
  /** Local dates, `to` inclusive, as shown to the reader. */
  firstDay: string;
  lastDay: string;
  from: Date;
  to: Date;
  days: number;
  /** Chart bucket: days up to five weeks, weeks up to half a year, then months. */
  period: "day" | "week" | "month";
};

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** Whole local days of the workspace's zone: presets end today (inclusive); custom ranges are capped at 2 years. */
export function resolveRange(params: ReportParams, timeZone: string, now = new Date()): ReportRange {
  const today = localDate(now, timeZone);
  let first: string;
  let last = today;
  switch (params.range) {
    case "7d":
    case "30d":
    case "90d":
      first = addDays(today, 1 - Number.parseInt(params.range, 10));
      break;
    case "this-month":
      first = `${today.slice(0, 8)}01`;
      break;
    case "last-month": {
      last = addDays(`${today.slice(0, 8)}01`, -1);
      first = `${last.slice(0, 8)}01`;
      break;
    }
    case "custom": {
      first = params.from ?? addDays(today, -29);
      last = params.to ?? today;
      if (last < first) [first, last] = [last, first];
      if (daysBetween(first, last) > 731) first = addDays(last, -731);
    }
  }
  return rangeOf(first, last, timeZone);
}

export function rangeOf(firstDay: string, lastDay: string, timeZone: string): ReportRange {
  const days = daysBetween(firstDay, lastDay) + 1;
  return {
    firstDay,
    lastDay,
    from: localMidnight(firstDay, timeZone),
    to: localMidnight(addDays(lastDay, 1), timeZone),
    days,
    period: days <= 35 ? "day" : days <= 190 ? "week" : "month",
  };
}

/** The period of the same length right before (for "compare with previous period"). */
export const previousRange = (range: ReportRange, timeZone: string) =>
  rangeOf(addDays(range.firstDay, -range.days), addDays(range.firstDay, -1), timeZone);

/** The URL of the same view with some parameters changed (undefined removes one). */
export function reportHref(base: string, params: Partial<Record<keyof ReportParams, string | undefined>>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const query = search.toString();
  return query ? `${base}?${query}` : base;
}

/** A page's search params with one value per key (the first of a repeated one), as the report schemas read them. */
export function firstValues(searchParams: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
}
