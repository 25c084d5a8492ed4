import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import type { Category, IdentityKind, Priority } from "../schema/enums";

/** What a response-time report can be split by. Periods are calendar days/weeks (Monday)/months in the workspace's zone. */
export type Dimension =
  "identityKind" | "identity" | "channel" | "user" | "priority" | "category" | "day" | "week" | "month";
export type Hours = "calendar" | "business";

export type ResponseFilters = {
  identityIds?: readonly string[];
  identityKind?: IdentityKind;
  channelIds?: readonly string[];
  userIds?: readonly string[];
  categories?: readonly Category[];
  priorities?: readonly Priority[];
};

export type SliceQuery = {
  workspaceId: string;
  from: Date;
  to: Date;
  hours: Hours;
  groupBy: readonly Dimension[];
  filters?: ResponseFilters;
};

export type ResponseStat = {
  /** Dimension values in `groupBy` order (ids as text, periods as YYYY-MM-DD, null for a missing member). */
  key: (string | null)[];
  responses: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  firstResponses: number;
  firstMedianSeconds: number | null;
  firstP90Seconds: number | null;
  withinTarget: number;
  slaAttainment: number | null;
};

const FINE_ONLY: ReadonlySet<Dimension> = new Set(["channel", "user", "category", "priority"]);
const COLUMN: Record<Exclude<Dimension, "day" | "week" | "month">, string> = {
  identityKind: "identity_kind",
  identity: "identity_id",
  channel: "channel_id",
  user: "user_id",
  priority: "priority",
  category: "category",
};

/** SQL for one dimension (native type), over a rollup (`day` column) or `responses` (local date of responded_at). */
function dimension(d: Dimension, day: SQL): SQL {
  if (d === "day") return sql`${day}`;
  if (d === "week") return sql`date_trunc('week', ${day})::date`;
  if (d === "month") return sql`date_trunc('month', ${day})::date`;
  return sql.raw(`r.${COLUMN[d]}`);
}

export function filterSql({ identityIds, identityKind, channelIds, userIds, categories, priorities }: ResponseFilters) {
  const parts: SQL[] = [];
  const list = (column: string, values: readonly string[] | undefined) => {
    if (values?.length) parts.push(sql`${sql.raw(`r.${column}`)}::text in ${values}`);
  };
  list("identity_id", identityIds);
  list("channel_id", channelIds);
  list("user_id", userIds);
  list("category", categories);
  list("priority", priorities);
  if (identityKind) parts.push(sql`r.identity_kind = ${identityKind}`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

export const usesFineRollup = (q: SliceQuery) =>
  q.groupBy.some((d) => FINE_ONLY.has(d)) ||
  Boolean(q.filters?.channelIds?.length || q.filters?.userIds?.length || q.filters?.categories?.length) ||
  Boolean(q.filters?.priorities?.length);

export type HistogramRow = { key: (string | null)[]; isFirst: boolean; bucket: number; n: number; within: number };

/**
 * Where [from, to) falls in the workspace's local days: whole days d0 ≤ day < d1, whole Monday weeks w0 ≤ week < w1
 * inside them, and the instants of the partial days at either end. Read first, in a query of its own, so the main
 * query gets them as values: the planner then picks index ranges (and stays below the JIT threshold).
 */
export type SliceBounds = { d0: string; d1: string; w0: string; w1: string; edges: [string, string][] };

export async function sliceBounds(
  db: DbOrTx,
  q: Pick<SliceQuery, "workspaceId" | "from" | "to">,
): Promise<SliceBounds> {
  const from = q.from.toISOString();
  const to = q.to.toISOString();
  const [b] = await db.execute<{
    d0: string;
    d1: string;
    w0: string;
    w1: string;
    fullFrom: number;
    fullTo: number;
  }>(sql`
    with b as (
      select case when (${from}::timestamptz at time zone timezone)::time = '00:00'
                  then (${from}::timestamptz at time zone timezone)::date
                  else (${from}::timestamptz at time zone timezone)::date + 1 end as d0,
             (${to}::timestamptz at time zone timezone)::date as d1, timezone as tz
        from workspaces where id = ${q.workspaceId}
    )
    select d0::text, d1::text,
           (d0 + (8 - extract(isodow from d0)::int) % 7)::text as w0, (d1 - (extract(isodow from d1)::int - 1))::text as w1,
           (extract(epoch from (d0::timestamp at time zone tz)) * 1000)::float8 as "fullFrom",
           (extract(epoch from (d1::timestamp at time zone tz)) * 1000)::float8 as "fullTo"
      from b`);
  if (!b || b.d1 <= b.d0) return { d0: "", d1: "", w0: "", w1: "", edges: [[from, to]] };
  const edges: [string, string][] = [];
  if (new Date(b.fullFrom) > q.from) edges.push([from, new Date(b.fullFrom).toISOString()]);
  if (new Date(b.fullTo) < q.to) edges.push([new Date(b.fullTo).toISOString(), to]);
  return { ...b, edges };
}

export const dayRange = (from: string, to: string) => sql`r.day >= ${from}::date and r.day < ${to}::date`;
export const edgeRange = (edges: [string, string][]) =>
  sql.join(
    edges.map(([a, b]) => sql`(r.responded_at >= ${a}::timestamptz and r.responded_at < ${b}::timestamptz)`),
    sql` or `,
  );

/** Response seconds in the slice's hours: calendar, or business (null where the workspace has no business hours). */
export const secondsColumn = (q: Pick<SliceQuery, "hours">) =>
  sql.raw(q.hours === "business" ? "r.business_seconds" : "r.response_seconds");
/** The local day of a response, over `responses r` joined to its workspace `w`. */
export const LOCAL_DAY = sql`(r.responded_at at time zone w.timezone)::date`;
/** Whether a response was within its priority's SLA target, over `responses r` joined to its workspace `w`. */
export const withinTarget = (seconds: SQL) =>
  sql`${seconds} <= coalesce((w.sla_targets ->> r.priority::text)::int, 0) * 60`;

/**
 * The rollup tables and day ranges covering a slice's whole local days: whole Monday weeks from the weekly rollup
 * (when the report is not split by day or month and only identities are filtered), the other days from a daily one.
 */
export function rollupRanges(q: SliceQuery, b: SliceBounds, fine: boolean): { table: string; range: SQL }[] {
  if (b.d1 <= b.d0) return [];
  const daily = fine ? "response_rollups" : "response_rollups_by_identity";
  if (fine || q.groupBy.includes("day") || q.groupBy.includes("month") || b.w1 <= b.w0)
    return [{ table: daily, range: dayRange(b.d0, b.d1) }];
  return [
    { table: "response_rollups_by_identity_weekly", range: dayRange(b.w0, b.w1) },
    ...(b.w0 > b.d0 ? [{ table: daily, range: dayRange(b.d0, b.w0) }] : []),
    ...(b.d1 > b.w1 ? [{ table: daily, range: dayRange(b.w1, b.d1) }] : []),
  ];
}

/**
 * The responses of a slice's partial days (at either end of [from, to)), bucketed on the fly from `responses`:
 * selects and groups by `keys`, then bucket, n and within.
 */
export function edgeHistogramSql(q: SliceQuery, edges: [string, string][], keys: SQL[]) {
  const seconds = secondsColumn(q);
  const ordinals = sql.raw(Array.from({ length: keys.length + 1 }, (_, i) => i + 1).join(", "));
  return sql`
    select ${sql.join(keys, sql`, `)}, response_bucket(${seconds}) as bucket, count(*) as n,
           count(*) filter (where ${withinTarget(seconds)}) as within
      from responses r join workspaces w on w.id = r.workspace_id
     where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filterSql(q.filters ?? {})}
       and (${edgeRange(edges)})
     group by ${ordinals}`;
}

/** Native-typed dimension values; cast to text after aggregation (grouping by plain columns is what is fast). */
export const dims = (q: Pick<SliceQuery, "groupBy">, day: SQL) =>
  q.groupBy.map((d, i) => sql`${dimension(d, day)} as ${sql.raw(`k${i}`)}`);
export const groupCols = (q: Pick<SliceQuery, "groupBy">, extra: string[]) =>
  sql.raw([...q.groupBy.map((_, i) => `k${i}`), ...extra].join(", "));
export const keyArray = (q: Pick<SliceQuery, "groupBy">) =>
  q.groupBy.length ? sql.raw(`array[${q.groupBy.map((_, i) => `k${i}::text`).join(", ")}]`) : sql`array[null::text]`;
export const withComma = (parts: SQL[]) => (parts.length ? sql`${sql.join(parts, sql`, `)}, ` : sql``);

/**
 * Merged histogram rows of a slice. Whole Monday weeks come from the weekly rollup (when the report is not split by
 * day or month and only identities are filtered), the other whole local days from a daily rollup, and the partial
 * days at either end are bucketed on the fly from `responses`: the histogram of exactly the responses in [from, to).
 */
export async function histogramRows(db: DbOrTx, q: SliceQuery): Promise<HistogramRow[]> {
  const merged = await mergedHistogram(db, q);
  return merged ? [...(await db.execute<HistogramRow>(merged))] : [];
}

/** The SQL of histogramRows (null when the slice is empty), for queries that aggregate it further. */
export async function mergedHistogram(db: DbOrTx, q: SliceQuery): Promise<SQL | null> {
  const b = await sliceBounds(db, q);
  const business = q.hours === "business";
  const filters = filterSql(q.filters ?? {});
  const parts = rollupRanges(q, b, usesFineRollup(q)).map(
    ({ table, range }) => sql`
      select ${withComma(dims(q, sql`r.day`))} r.is_first, r.bucket, sum(r.responses) as n, sum(r.within_target) as within
        from ${sql.raw(table)} r
       where r.workspace_id = ${q.workspaceId} and r.business = ${business} and ${range} and ${filters}
       group by ${groupCols(q, ["is_first", "bucket"])}`,
  );
  if (b.edges.length) parts.push(edgeHistogramSql(q, b.edges, [...dims(q, LOCAL_DAY), sql`r.is_first`]));
  if (!parts.length) return null;
  return sql`
    select ${keyArray(q)} as key, is_first as "isFirst", bucket::int as bucket, sum(n)::int as n, sum(within)::int as within
      from (${sql.join(parts, sql` union all `)}) parts
     group by ${groupCols(q, ["is_first", "bucket"])}
    having sum(n) <> 0`;
}

export const compareKeys = (a: (string | null)[], b: (string | null)[]) =>
  JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;

/** Exact percentile_cont over the raw responses of a slice; the reference the rollup is tested against. */
export async function exactResponseStats(db: DbOrTx, q: SliceQuery): Promise<ResponseStat[]> {
  if (q.to <= q.from) return [];
  const seconds = secondsColumn(q);
  const key = q.groupBy.length
    ? sql.join(
        q.groupBy.map((d) => sql`${dimension(d, LOCAL_DAY)}::text`),
        sql`, `,
      )
    : sql`null`;
  const rows = await db.execute<ResponseStat>(sql`
    select array[${key}] as key, count(*)::int as responses,
           percentile_cont(0.5) within group (order by ${seconds}) as "medianSeconds",
           percentile_cont(0.9) within group (order by ${seconds}) as "p90Seconds",
           count(*) filter (where r.is_first)::int as "firstResponses",
           percentile_cont(0.5) within group (order by ${seconds}) filter (where r.is_first) as "firstMedianSeconds",
           percentile_cont(0.9) within group (order by ${seconds}) filter (where r.is_first) as "firstP90Seconds",
           count(*) filter (where ${withinTarget(seconds)})::int as "withinTarget"
      from responses r join workspaces w on w.id = r.workspace_id
     where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filterSql(q.filters ?? {})}
       and r.responded_at >= ${q.from.toISOString()}::timestamptz and r.responded_at < ${q.to.toISOString()}::timestamptz
     group by 1`);
  return [...rows]
    .map((r) => ({
      ...r,
      key: q.groupBy.length ? r.key : [],
      slaAttainment: r.responses ? r.withinTarget / r.responses : null,
    }))
    .sort((a, b) => compareKeys(a.key, b.key));
}

/** Slices with at most this many responses are answered exactly; larger ones from the rollup. */
export const EXACT_LIMIT = 20_000;
