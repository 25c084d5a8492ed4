/** The chart buckets of a range, as local dates: every day, Monday or first of the month from firstDay to lastDay. */
export function bucketsOf(firstDay: string, lastDay: string, period: "day" | "week" | "month"): string[] {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const start = day(firstDay);
  if (period === "week") start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (period === "month") start.setUTCDate(1);
  const end = day(lastDay);
  const out: string[] = [];
  for (const d = start; d <= end;) {
    out.push(d.toISOString().slice(0, 10));
    if (period === "day") d.setUTCDate(d.getUTCDate() + 1);
    else if (period === "week") d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}
