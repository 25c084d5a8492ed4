import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import {
  compareKeys,
  dayRange,
  dims,
  edgeRange,
  filterSql,
  groupCols,
  keyArray,
  LOCAL_DAY,
  secondsColumn,
  sliceBounds,
  withComma,
  withinTarget,
  type Dimension,
  type ResponseFilters,
  type SliceQuery,
} from "./reports-histograms";

export type SlaStat = { key: (string | null)[]; responses: number; withinTarget: number; slaAttainment: number | null };
export type SlaDimension = Exclude<Dimension, "channel" | "user" | "category">;
export type SlaQuery = Omit<SliceQuery, "groupBy" | "filters"> & {
  groupBy: readonly SlaDimension[];
  filters?: Pick<ResponseFilters, "identityIds" | "identityKind" | "priorities">;
};

/**
 * SLA attainment (share of responses within the target of their priority), exact: whole local days from the daily
 * per-priority counts (no histogram, a few dozen rows a day), the partial days at either end from `responses`.
 */
export async function slaStats(db: DbOrTx, q: SlaQuery): Promise<SlaStat[]> {
  if (q.to <= q.from) return [];
  const b = await sliceBounds(db, q);
  const seconds = secondsColumn(q);
  const filters = filterSql(q.filters ?? {});
  const parts: SQL[] = [];
  if (b.d1 > b.d0)
    parts.push(sql`
      select ${withComma(dims(q, sql`r.day`))} sum(r.responses) as n, sum(r.within_target) as within
        from response_sla_daily r
       where r.workspace_id = ${q.workspaceId} and r.business = ${q.hours === "business"}
         and ${dayRange(b.d0, b.d1)} and ${filters}
       group by ${groupCols(q, [])}`);
  if (b.edges.length)
    parts.push(sql`
      select ${withComma(dims(q, LOCAL_DAY))} count(*) as n, count(*) filter (where ${withinTarget(seconds)}) as within
        from responses r join workspaces w on w.id = r.workspace_id
       where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filters} and (${edgeRange(b.edges)})
       group by ${groupCols(q, [])}`);
  const grouping = q.groupBy.length ? sql`group by ${groupCols(q, [])}` : sql``;
  const rows = await db.execute<{ key: (string | null)[]; responses: number; withinTarget: number }>(sql`
    select ${keyArray(q)} as key, sum(n)::int as responses, sum(within)::int as "withinTarget"
      from (${sql.join(parts, sql` union all `)}) parts
     ${grouping}
    having sum(n) > 0`);
  return [...rows]
    .map((r) => ({
      key: q.groupBy.length ? r.key : [],
      responses: r.responses,
      withinTarget: r.withinTarget,
      slaAttainment: r.responses ? r.withinTarget / r.responses : null,
    }))
    .sort((a, b) => compareKeys(a.key, b.key));
}
