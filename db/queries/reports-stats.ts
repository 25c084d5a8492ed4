import { sql } from "drizzle-orm";
import { mergeInto, percentileFromHistogram } from "../../lib/metrics/histogram";
import type { DbOrTx } from "../connect";
import {
  compareKeys,
  EXACT_LIMIT,
  exactResponseStats,
  mergedHistogram,
  usesFineRollup,
  type ResponseStat,
  type SliceQuery,
} from "./reports-histograms";
import { packedHistogramCells, type HistogramCell } from "./reports-packed";

/**
 * Histograms of a slice that splits or filters by channel, member, category or priority (the fine rollup): one row
 * per group and first/other response, the merged buckets as two arrays.
 */
async function fineHistogramCells(db: DbOrTx, q: SliceQuery): Promise<HistogramCell[]> {
  const merged = await mergedHistogram(db, q);
  if (!merged) return [];
  const rows = await db.execute<HistogramCell>(sql`
    select key, "isFirst", array_agg(bucket) as buckets, array_agg(n) as counts, sum(within)::int as within
      from (${merged}) cells
     group by key, "isFirst"`);
  return [...rows];
}

/** Median, p90 and SLA attainment per group from the rollup (within ±5 % for percentiles; counts exact). */
export async function rollupResponseStats(db: DbOrTx, q: SliceQuery): Promise<ResponseStat[]> {
  if (q.to <= q.from) return [];
  const groups = new Map<
    string,
    { key: (string | null)[]; all: Map<number, number>; first: Map<number, number>; within: number }
  >();
  const rows = usesFineRollup(q) ? await fineHistogramCells(db, q) : await packedHistogramCells(db, q);
  for (const row of rows) {
    const id = JSON.stringify(row.key);
    let group = groups.get(id);
    if (!group)
      groups.set(id, (group = { key: q.groupBy.length ? row.key : [], all: new Map(), first: new Map(), within: 0 }));
    const histogram = new Map(row.buckets.map((bucket, i) => [bucket, row.counts[i]!]));
    mergeInto(group.all, histogram);
    if (row.isFirst) mergeInto(group.first, histogram);
    group.within += row.within;
  }
  return [...groups.values()]
    .map(({ key, all, first, within }) => {
      const responses = sum(all);
      const firstResponses = sum(first);
      return {
        key,
        responses,
        medianSeconds: percentileFromHistogram(all, 0.5),
        p90Seconds: percentileFromHistogram(all, 0.9),
        firstResponses,
        firstMedianSeconds: percentileFromHistogram(first, 0.5),
        firstP90Seconds: percentileFromHistogram(first, 0.9),
        withinTarget: within,
        slaAttainment: responses ? within / responses : null,
      };
    })
    .filter((s) => s.responses > 0)
    .sort((a, b) => compareKeys(a.key, b.key));
}

const sum = (h: Map<number, number>) => [...h.values()].reduce((a, b) => a + b, 0);

/**
 * The one entry point for reports: reads the rollup (cheap at any size); when the slice holds few responses, answers
 * exactly instead, so small slices (one persona, one day, one member) carry no histogram error at all.
 */
export async function responseStats(db: DbOrTx, q: SliceQuery): Promise<ResponseStat[]> {
  const approximate = await rollupResponseStats(db, q);
  const total = approximate.reduce((n, s) => n + s.responses, 0);
  return total <= EXACT_LIMIT ? exactResponseStats(db, q) : approximate;
}
