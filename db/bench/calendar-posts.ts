import { sql } from "drizzle-orm";
import type { Db } from "../connect";

/**
 * Tops one workspace up to `total` posts for the calendar benchmark, in SQL (fast at this size): spread over nine
 * months of history and three of plan (~28 a day), every status by time, two targets each, two metric snapshots per
 * published target. The other workspaces of the generated data set are the noise.
 */
export async function topUpPosts(
  db: Db,
  { workspaceId, total, now }: { workspaceId: string; total: number; now: Date },
) {
  const [{ n }] = (await db.execute<{ n: number }>(
    sql`select count(*)::int as n from posts where workspace_id = ${workspaceId}`,
  )) as unknown as [{ n: number }];
  const missing = total - n;
  if (missing <= 0) return n;
  await db.execute(sql`
    with voices as (
      select array_agg(id order by kind, id) as ids from identities where workspace_id = ${workspaceId}
    ), authors as (
      select array_agg(user_id order by user_id) as ids from memberships where workspace_id = ${workspaceId}
    ), made as (
      insert into posts (workspace_id, identity_id, author_user_id, body, campaign, tags, status, scheduled_at, published_at, created_at, updated_at)
      select ${workspaceId}, v.ids[1 + (g % array_length(v.ids, 1))], a.ids[1 + (g % array_length(a.ids, 1))],
        'Bench post ' || g || ': new colours for autumn, see https://example.com/p/' || g,
        case when g % 5 = 0 then 'Campaign ' || (g % 7) end,
        case when g % 3 = 0 then array['tag' || (g % 11)] else '{}'::text[] end,
        (case when at < ${now.toISOString()}::timestamptz
          then (array['published','published','published','published','published','published','published','published','failed','cancelled'])[1 + g % 10]
          else (array['draft','in_review','approved','scheduled','scheduled'])[1 + g % 5] end)::post_status,
        case when g % 17 = 0 and at > ${now.toISOString()}::timestamptz then null else at end,
        case when at < ${now.toISOString()}::timestamptz and g % 10 < 8 then at end,
        at - interval '3 days', at - interval '2 days'
      from voices v, authors a,
        lateral generate_series(1, ${missing}) g,
        lateral (select ${now.toISOString()}::timestamptz - interval '270 days' + (g * (interval '360 days' / ${missing})) as at) t
      returning id, status, scheduled_at
    ), targets as (
      insert into post_targets (workspace_id, post_id, channel_id, idempotency_key, status, external_id, published_at)
      select ${workspaceId}, m.id, c.id, m.id || ':' || c.id,
        (case m.status when 'published' then 'published' when 'failed' then 'failed' else 'pending' end)::target_status,
        case when m.status = 'published' then 'bench-' || m.id || '-' || c.id end,
        case when m.status = 'published' then m.scheduled_at end
      from made m, lateral (select id from channels where workspace_id = ${workspaceId} order by id limit 2) c
      returning id, post_id, status, published_at
    )
    insert into post_metrics (workspace_id, post_id, post_target_id, captured_at, impressions, reach, likes, comments, shares, saves, clicks)
    select ${workspaceId}, t.post_id, t.id, t.published_at + s.after, 1000 * s.k, 800 * s.k, 40 * s.k, 5 * s.k, 3 * s.k, 2 * s.k, 10 * s.k
    from targets t, (values (interval '1 hour', 1), (interval '1 day', 3)) s(after, k)
    where t.status = 'published'`);
  await db.execute(sql`analyze posts; analyze post_targets; analyze post_metrics`);
  return total;
}
