import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import type { IdentityKind } from "../schema/enums";
import type { ResponseFilters } from "./reports-histograms";

type Range = { workspaceId: string; from: Date; to: Date; filters?: ResponseFilters };

/** Days after a reply in which the contact's next message counts as a follow-up. */
export const FOLLOW_UP_DAYS = 7;

export type IdentityEngagement = {
  identityId: string;
  name: string;
  kind: IdentityKind;
  posts: number;
  impressions: number;
  engagements: number;
  rate: number | null;
};
export type TopPost = {
  postId: string;
  identityId: string;
  name: string;
  kind: IdentityKind;
  body: string;
  publishedAt: Date;
  impressions: number;
  engagements: number;
  rate: number | null;
};
export type FollowUpRow = {
  identityId: string;
  name: string;
  kind: IdentityKind;
  replies: number;
  followedUp: number;
  rate: number | null;
};

/** Voice filters on posts (alias p): identity or kind; channel through the post's targets. */
function postScope({ workspaceId, from, to, filters = {} }: Range): SQL {
  const parts: SQL[] = [
    sql`p.workspace_id = ${workspaceId}`,
    sql`p.published_at >= ${from.toISOString()}::timestamptz and p.published_at < ${to.toISOString()}::timestamptz`,
  ];
  if (filters.identityIds?.length) parts.push(sql`p.identity_id::text in ${filters.identityIds}`);
  if (filters.identityKind) parts.push(sql`i.kind = ${filters.identityKind}`);
  return sql.join(parts, sql` and `);
}

/**
 * Per published post of the range: the latest snapshot of each target (post_metrics_target_time_idx, one row per
 * target), summed over its targets. Posts without a snapshot yet count with zero impressions.
 */
function postTotals(q: Range): SQL {
  const channel = q.filters?.channelIds?.length ? sql`and t.channel_id::text in ${q.filters.channelIds}` : sql``;
  return sql`
    select p.id, p.identity_id, i.display_name as name, i.kind, p.body, p.published_at,
           coalesce(sum(l.impressions), 0)::int as impressions, coalesce(sum(l.engaged), 0)::int as engagements
      from posts p
      join identities i on i.id = p.identity_id
      join post_targets t on t.post_id = p.id ${channel}
      left join lateral (
        select m.impressions, m.likes + m.comments + m.shares + m.saves as engaged
          from post_metrics m where m.post_target_id = t.id order by m.captured_at desc limit 1
      ) l on true
     where ${postScope(q)}
     group by p.id, i.display_name, i.kind`;
}

/** Posts, impressions, engagements and the impression-weighted engagement rate per identity. */
export async function engagementByIdentity(db: DbOrTx, q: Range): Promise<IdentityEngagement[]> {
  const rows = await db.execute<IdentityEngagement>(sql`
    select identity_id as "identityId", name, kind, count(*)::int as posts, sum(impressions)::int as impressions,
           sum(engagements)::int as engagements, sum(engagements)::float / nullif(sum(impressions), 0) as rate
      from (${postTotals(q)}) per_post
     group by identity_id, name, kind
     order by kind, name`);
  return [...rows];
}

/** The posts of the range with the most engagements (ties: more impressions first). */
export async function topPosts(db: DbOrTx, q: Range & { limit?: number }): Promise<TopPost[]> {
  const rows = await db.execute<TopPost>(sql`
    select id as "postId", identity_id as "identityId", name, kind, left(body, 140) as body, published_at as "publishedAt",
           impressions, engagements, engagements::float / nullif(impressions, 0) as rate
      from (${postTotals(q)}) per_post
     order by engagements desc, impressions desc, published_at desc
     limit ${q.limit ?? 10}`);
  return [...rows].map((r) => ({ ...r, publishedAt: new Date(r.publishedAt) }));
}

/**
 * Follow-up rate per voice: of the replies people sent in the range (outbound, not automated, not failed), the
 * share after which the same contact wrote again — any inbound message in any of their conversations — within
 * FOLLOW_UP_DAYS. Replies whose window has not closed by `now` are left out, so recent replies do not pull the rate
 * down. Filters: voice (the reply's), channel, member (its author) and category (the conversation's).
 */
export async function followUpRate(db: DbOrTx, q: Range & { now?: Date }): Promise<FollowUpRow[]> {
  const { workspaceId, filters = {} } = q;
  const now = q.now ?? new Date();
  const windowEnd = new Date(Math.min(q.to.getTime(), now.getTime() - FOLLOW_UP_DAYS * 86_400_000));
  if (windowEnd <= q.from) return [];
  const parts: SQL[] = [];
  if (filters.identityIds?.length) parts.push(sql`m.identity_id::text in ${filters.identityIds}`);
  if (filters.identityKind) parts.push(sql`i.kind = ${filters.identityKind}`);
  if (filters.channelIds?.length) parts.push(sql`m.channel_id::text in ${filters.channelIds}`);
  if (filters.userIds?.length) parts.push(sql`m.author_user_id::text in ${filters.userIds}`);
  if (filters.categories?.length) parts.push(sql`c.category::text in ${filters.categories}`);
  const extra = parts.length ? sql`and ${sql.join(parts, sql` and `)}` : sql``;
  // Replies by time come from messages_outbound_time_idx; each follow-up check is an index probe per reply
  // (conversations_contact_idx, then messages_conversation_idx on sent_at).
  const rows = await db.execute<FollowUpRow>(sql`
    select m.identity_id as "identityId", i.display_name as name, i.kind, count(*)::int as replies,
           count(*) filter (where exists (
             select 1 from conversations c2 join messages n on n.conversation_id = c2.id
              where c2.contact_id = c.contact_id and c2.workspace_id = ${workspaceId} and n.direction = 'inbound'
                and n.sent_at > m.sent_at and n.sent_at <= m.sent_at + make_interval(days => ${FOLLOW_UP_DAYS})
           ))::int as "followedUp"
      from messages m
      join conversations c on c.id = m.conversation_id
      join identities i on i.id = m.identity_id
     where m.workspace_id = ${workspaceId} and m.direction = 'outbound' and not m.automated
       and m.delivery_status <> 'failed'
       and m.sent_at >= ${q.from.toISOString()}::timestamptz and m.sent_at < ${windowEnd.toISOString()}::timestamptz
       ${extra}
     group by m.identity_id, i.display_name, i.kind
     order by i.kind, i.display_name`);
  return [...rows].map((r) => ({ ...r, rate: r.replies ? r.followedUp / r.replies : null }));
}
