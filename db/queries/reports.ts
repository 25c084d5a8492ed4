import { sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import type { IdentityKind } from "../schema/enums";

type Range = { workspaceId: string; from: Date; to: Date };

export type ResponseTimeRow = {
  identityKind: IdentityKind;
  responses: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  firstMedianSeconds: number | null;
  slaAttainment: number | null;
};

/**
 * Median and p90 response time per voice kind, computed from the underlying responses (never averaged
 * percentiles), plus SLA attainment against the workspace's target for each conversation's priority.
 */
export async function responseTimesByIdentityKind(db: DbOrTx, { workspaceId, from, to }: Range) {
  const rows = await db.execute<ResponseTimeRow>(sql`
    select r.identity_kind as "identityKind",
           count(*)::int as "responses",
           percentile_cont(0.5) within group (order by r.response_seconds) as "medianSeconds",
           percentile_cont(0.9) within group (order by r.response_seconds) as "p90Seconds",
           percentile_cont(0.5) within group (order by r.response_seconds) filter (where r.is_first) as "firstMedianSeconds",
           avg((r.response_seconds <= (w.sla_targets ->> r.priority::text)::int * 60)::int)::float as "slaAttainment"
      from responses r
      join workspaces w on w.id = r.workspace_id
     where r.workspace_id = ${workspaceId} and r.responded_at >= ${from.toISOString()}::timestamptz and r.responded_at < ${to.toISOString()}::timestamptz
     group by r.identity_kind
     order by r.identity_kind`);
  return [...rows];
}

export type EngagementRow = {
  identityKind: IdentityKind;
  posts: number;
  impressions: number;
  engagements: number;
  rate: number | null;
};

/** Impression-weighted engagement rate of posts published in the range, split by the posting voice's kind. */
export async function engagementByIdentityKind(db: DbOrTx, { workspaceId, from, to }: Range) {
  const rows = await db.execute<EngagementRow>(sql`
    with latest as (
      select distinct on (m.post_target_id) m.post_id, m.impressions, m.likes + m.comments + m.shares + m.saves as engaged
        from post_metrics m
       where m.workspace_id = ${workspaceId}
       order by m.post_target_id, m.captured_at desc
    )
    select i.kind as "identityKind",
           count(distinct p.id)::int as "posts",
           coalesce(sum(l.impressions), 0)::int as "impressions",
           coalesce(sum(l.engaged), 0)::int as "engagements",
           (sum(l.engaged)::float / nullif(sum(l.impressions), 0)) as "rate"
      from posts p
      join identities i on i.id = p.identity_id
      join latest l on l.post_id = p.id
     where p.workspace_id = ${workspaceId} and p.published_at >= ${from.toISOString()}::timestamptz and p.published_at < ${to.toISOString()}::timestamptz
     group by i.kind
     order by i.kind`);
  return [...rows];
}
