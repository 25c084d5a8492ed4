import { sql } from "drizzle-orm";
import {
  DISTRIBUTION_EDGES,
  DISTRIBUTION_RANGES,
  rangeOfBucket,
  type DistributionRow,
} from "@/lib/reports/distribution";
import type { DbOrTx } from "../connect";
import { EXACT_LIMIT, filterSql, histogramRows, secondsColumn, type SliceQuery } from "./reports-histograms";

type DistributionQuery = Omit<SliceQuery, "groupBy">;

/**
 * How many responses of a slice fall in each range (< 5 min … > 24 h), brand vs persona — the same two paths as
 * responseStats: the rollup's histograms (mapped with rangeOfBucket, approximate only within 5 % of an edge), and
 * exact counts from `responses` when the slice holds at most EXACT_LIMIT responses.
 */
export async function responseDistribution(db: DbOrTx, q: DistributionQuery): Promise<DistributionRow[]> {
  const approximate = await rollupResponseDistribution(db, q);
  const total = approximate.reduce((n, r) => n + r.responses, 0);
  return total <= EXACT_LIMIT ? exactResponseDistribution(db, q) : approximate;
}

/** Counts per range from the rollup's histograms (whole days) and the partial days at either end. */
export async function rollupResponseDistribution(db: DbOrTx, q: DistributionQuery): Promise<DistributionRow[]> {
  if (q.to <= q.from) return [];
  const counts = new Map<string, DistributionRow>();
  for (const row of await histogramRows(db, { ...q, groupBy: ["identityKind"] })) {
    const kind = row.key[0] === "brand" ? "brand" : "persona";
    const range = DISTRIBUTION_RANGES[rangeOfBucket(row.bucket)]!;
    const entry = counts.get(`${kind}:${range}`) ?? { kind, range, responses: 0 };
    entry.responses += row.n;
    counts.set(`${kind}:${range}`, entry);
  }
  return [...counts.values()];
}

/** Exact counts per range from `responses` (the reference the rollup mapping is tested against). */
export async function exactResponseDistribution(db: DbOrTx, q: DistributionQuery): Promise<DistributionRow[]> {
  if (q.to <= q.from) return [];
  const seconds = secondsColumn(q);
  const edges = sql.raw(`array[${DISTRIBUTION_EDGES.join(",")}]`);
  const rows = await db.execute<{ kind: "brand" | "persona"; range: number; responses: number }>(sql`
    select r.identity_kind::text as kind, width_bucket(${seconds}, ${edges}) as range, count(*)::int as responses
      from responses r
     where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filterSql(q.filters ?? {})}
       and r.responded_at >= ${q.from.toISOString()}::timestamptz and r.responded_at < ${q.to.toISOString()}::timestamptz
     group by 1, 2`);
  return [...rows].map((r) => ({ kind: r.kind, range: DISTRIBUTION_RANGES[r.range]!, responses: r.responses }));
}
