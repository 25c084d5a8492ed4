import type { ReportParams, ReportRange } from "./params";

const addDays = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The local days of one chart bucket (a day, a Monday week or a month), cut to the report's range. */
export function bucketDays(
  period: ReportRange["period"],
  start: string,
  range: Pick<ReportRange, "firstDay" | "lastDay">,
) {
  let last = start;
  if (period === "week") last = addDays(start, 6);
  if (period === "month") {
    const [y, m] = start.split("-").map(Number) as [number, number];
    last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return { from: start < range.firstDay ? range.firstDay : start, to: last > range.lastDay ? range.lastDay : last };
}

/**
 * The drill-down page of one bucket: the report's filters and hours, the bucket as a custom range, and
 * optionally only the responses that breached (or met) their SLA target.
 */
export function drillHref(
  base: string,
  params: ReportParams,
  days: { from: string; to: string },
  sla?: "breached" | "met",
) {
  const search = new URLSearchParams();
  search.set("range", "custom");
  search.set("from", days.from);
  search.set("to", days.to);
  search.set("hours", params.hours);
  for (const key of ["kind", "identity", "channel", "member", "category"] as const) {
    const value = params[key];
    if (value) search.set(key, value);
  }
  if (sla) search.set("sla", sla);
  return `${base}/conversations?${search}`;
}
