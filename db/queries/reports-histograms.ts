import { sql, type SQL } from "drizzle-orm";
import { mergeInto, percentileFromHistogram } from "../../lib/metrics/histogram";
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

const FINE_ONLY: ReadonlySet<Dimension> = new Set(["channel", "user", "category"]);
const COLUMN: Record<Exclude<Dimension, "day" | "week" | "month">, string> = {
  identityKind: "identity_kind",
  identity: "identity_id",
  channel: "channel_id",
  user: "user_id",
  priority: "priority",
  category: "category",
};

/** SQL for one dimension, over a rollup (`day` column) or over `responses` (local date of responded_at). */
function dimension(d: Dimension, day: SQL): SQL {
  if (d === "day") return sql`${day}::text`;
  if (d === "week") return sql`date_trunc('week', ${day})::date::text`;
  if (d === "month") return sql`date_trunc('month', ${day})::date::text`;
  return sql.raw(`r.${COLUMN[d]}::text`);
}

function filterSql({ identityIds, identityKind, channelIds, userIds, categories, priorities }: ResponseFilters) {
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

const usesFineRollup = (q: SliceQuery) =>
  q.groupBy.some((d) => FINE_ONLY.has(d)) ||
  Boolean(q.filters?.channelIds?.length || q.filters?.userIds?.length || q.filters?.categories?.length);

type Row = { key: (string | null)[]; isFirst: boolean; bucket: number; n: number; within: number };

/**
 * Merged histogram rows of a slice: whole local days come from the rollup; the partial days at either end of the
 * range (an API caller may pass any instants) are bucketed on the fly from `responses`, so the answer is the
 * histogram of exactly the responses in [from, to).
 */
async function histogramRows(db: DbOrTx, q: SliceQuery): Promise<Row[]> {
  const table = sql.raw(usesFineRollup(q) ? "response_rollups" : "response_rollups_by_identity");
  const seconds = sql.raw(q.hours === "business" ? "r.business_seconds" : "r.response_seconds");
  const filters = filterSql(q.filters ?? {});
  const keyOf = (day: SQL) =>
    q.groupBy.length
      ? sql.join(
          q.groupBy.map((d) => dimension(d, day)),
          sql`, `,
        )
      : sql`null`;
  const from = q.from.toISOString();
  const to = q.to.toISOString();
  const rows = await db.execute<{
    key: (string | null)[];
    isFirst: boolean;
    bucket: number;
    n: number;
    within: number;
  }>(sql`
    with w as (select timezone as tz, sla_targets from workspaces where id = ${q.workspaceId}),
    b as (
      select case when (${from}::timestamptz at time zone tz)::time = '00:00' then (${from}::timestamptz at time zone tz)::date
                  else (${from}::timestamptz at time zone tz)::date + 1 end as d0,
             (${to}::timestamptz at time zone tz)::date as d1, tz, sla_targets
        from w
    ),
    edges as (
      select case when d1 > d0 then (d0::timestamp at time zone tz) else ${to}::timestamptz end as full_from,
             case when d1 > d0 then (d1::timestamp at time zone tz) else ${to}::timestamptz end as full_to,
             d0, d1, tz, sla_targets
        from b
    )
    select array[${keyOf(sql`r.day`)}] as key, r.is_first as "isFirst", r.bucket::int as bucket,
           sum(r.responses)::int as n, sum(r.within_target)::int as within
      from ${table} r, edges e
     where r.workspace_id = ${q.workspaceId} and r.business = ${q.hours === "business"}
       and r.day >= e.d0 and r.day < e.d1 and ${filters}
     group by 1, 2, 3
    having sum(r.responses) <> 0
    union all
    select array[${keyOf(sql`(r.responded_at at time zone e.tz)::date`)}], r.is_first, response_bucket(${seconds})::int,
           count(*)::int, count(*) filter (where ${seconds} <= coalesce((e.sla_targets ->> r.priority::text)::int, 0) * 60)::int
      from responses r, edges e
     where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filters}
       and ((r.responded_at >= ${from}::timestamptz and r.responded_at < least(e.full_from, ${to}::timestamptz))
         or (r.responded_at >= greatest(e.full_to, ${from}::timestamptz) and r.responded_at < ${to}::timestamptz))
     group by 1, 2, 3`);
  return [...rows];
}

/** Median, p90 and SLA attainment per group from the rollup (within ±5 % for percentiles; counts exact). */
export async function rollupResponseStats(db: DbOrTx, q: SliceQuery): Promise<ResponseStat[]> {
  if (q.to <= q.from) return [];
  const groups = new Map<
    string,
    { key: (string | null)[]; all: Map<number, number>; first: Map<number, number>; within: number }
  >();
  for (const row of await histogramRows(db, q)) {
    const id = JSON.stringify(row.key);
    let group = groups.get(id);
    if (!group)
      groups.set(id, (group = { key: q.groupBy.length ? row.key : [], all: new Map(), first: new Map(), within: 0 }));
    const one = new Map([[row.bucket, row.n]]);
    mergeInto(group.all, one);
    if (row.isFirst) mergeInto(group.first, one);
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
export const compareKeys = (a: (string | null)[], b: (string | null)[]) =>
  JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;

/** Exact percentile_cont over the raw responses of a slice; the reference the rollup is tested against. */
export async function exactResponseStats(db: DbOrTx, q: SliceQuery): Promise<ResponseStat[]> {
  if (q.to <= q.from) return [];
  const seconds = sql.raw(q.hours === "business" ? "r.business_seconds" : "r.response_seconds");
  const day = sql`(r.responded_at at time zone w.timezone)::date`;
  const key = q.groupBy.length
    ? sql.join(
        q.groupBy.map((d) => dimension(d, day)),
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
           count(*) filter (where ${seconds} <= coalesce((w.sla_targets ->> r.priority::text)::int, 0) * 60)::int as "withinTarget"
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

/**
 * The one entry point for reports: reads the rollup (cheap at any size); when the slice holds few responses, answers
 * exactly instead, so small slices (one persona, one day, one member) carry no histogram error at all.
 */
export async function responseStats(db: DbOrTx, q: SliceQuery): Promise<ResponseStat[]> {
  const approximate = await rollupResponseStats(db, q);
  const total = approximate.reduce((n, s) => n + s.responses, 0);
  return total <= EXACT_LIMIT ? exactResponseStats(db, q) : approximate;
}
