import type { ResponseStat } from "@/db/queries/reports-histograms";

/** Rows keyed [period, kind] pivoted to one point per period with brand and persona side by side. */
export function seriesPoints(rows: readonly ResponseStat[]) {
  const points = new Map<
    string,
    {
      period: string;
      brandMedian: number | null;
      personaMedian: number | null;
      brandP90: number | null;
      personaP90: number | null;
    }
  >();
  for (const r of rows) {
    const period = r.key[0] ?? "";
    const point = points.get(period) ?? {
      period,
      brandMedian: null,
      personaMedian: null,
      brandP90: null,
      personaP90: null,
    };
    if (r.key[1] === "brand") Object.assign(point, { brandMedian: r.medianSeconds, brandP90: r.p90Seconds });
    else Object.assign(point, { personaMedian: r.medianSeconds, personaP90: r.p90Seconds });
    points.set(period, point);
  }
  return [...points.values()].sort((a, b) => a.period.localeCompare(b.period));
}
