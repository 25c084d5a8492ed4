import { and, asc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
import type { PostFilters } from "@/lib/calendar/schemas";
import type { DbOrTx } from "../connect";
import { channels, identities, postMetrics, posts, postTargets, users } from "../schema";

const when = sql<Date>`coalesce(${posts.scheduledAt}, ${posts.createdAt})`;

/** The filters of the calendar as SQL conditions (identity, channel, campaign, tag, status). */
function filterConditions(filters: PostFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.identity?.length) conditions.push(inArray(posts.identityId, filters.identity));
  if (filters.status?.length) conditions.push(inArray(posts.status, filters.status));
  if (filters.campaign) conditions.push(eq(posts.campaign, filters.campaign));
  if (filters.tag) conditions.push(sql`${filters.tag} = any(${posts.tags})`);
  if (filters.channel?.length)
    conditions.push(
      sql`exists (select 1 from ${postTargets} where ${postTargets.postId} = ${posts.id} and ${inArray(postTargets.channelId, filters.channel)})`,
    );
  return conditions;
}

/**
 * Posts scheduled (or, for undated drafts, created) in [from, to), with their voice, author and channels. The
 * window is two index ranges (scheduled_at; created_at of undated drafts) so a big workspace reads only that range.
 */
export async function listPosts(
  db: DbOrTx,
  { workspaceId, from, to, filters = {} }: { workspaceId: string; from: Date; to: Date; filters?: PostFilters },
) {
  const lo = sql`${from.toISOString()}::timestamptz`;
  const hi = sql`${to.toISOString()}::timestamptz`;
  return db
    .select({
      id: posts.id,
      body: posts.body,
      status: posts.status,
      campaign: posts.campaign,
      tags: posts.tags,
      scheduledAt: posts.scheduledAt,
      publishedAt: posts.publishedAt,
      createdAt: posts.createdAt,
      version: posts.version,
      authorUserId: posts.authorUserId,
      identity: {
        id: identities.id,
        displayName: identities.displayName,
        kind: identities.kind,
        avatarUrl: identities.avatarUrl,
      },
      authorName: users.name,
      channels: sql<
        { id: string; platform: string; handle: string }[]
      >`(select coalesce(json_agg(json_build_object('id', ${channels.id}, 'platform', ${channels.platform}, 'handle', ${channels.handle}) order by ${channels.platform}), '[]') from ${postTargets} join ${channels} on ${channels.id} = ${postTargets.channelId} where ${postTargets.postId} = ${posts.id})`,
      // Latest snapshot per target, summed over the post's targets; only published posts have any.
      impressions: sql<number>`case when ${posts.status} = 'published' then (select coalesce(sum(m.impressions), 0)::int from (select distinct on (${postMetrics.postTargetId}) ${postMetrics.impressions} as impressions from ${postMetrics} where ${postMetrics.postId} = ${posts.id} order by ${postMetrics.postTargetId}, ${postMetrics.capturedAt} desc) m) else 0 end`,
    })
    .from(posts)
    .innerJoin(identities, eq(identities.id, posts.identityId))
    .leftJoin(users, eq(users.id, posts.authorUserId))
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        or(
          and(gte(posts.scheduledAt, lo), lt(posts.scheduledAt, hi)),
          and(isNull(posts.scheduledAt), gte(posts.createdAt, lo), lt(posts.createdAt, hi)),
        ),
        ...filterConditions(filters),
      ),
    )
    .orderBy(asc(when), asc(posts.id));
}

export type PostListItem = Awaited<ReturnType<typeof listPosts>>[number];

/** What the filter bar offers: the workspace's campaigns and tags in use. */
export async function listPostFacets(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const [campaigns, tags] = await Promise.all([
    db
      .selectDistinct({ value: posts.campaign })
      .from(posts)
      .where(and(eq(posts.workspaceId, workspaceId), sql`${posts.campaign} is not null`))
      .orderBy(asc(posts.campaign))
      .limit(200),
    db.execute<{ value: string }>(
      sql`select distinct unnest(${posts.tags}) as value from ${posts} where ${posts.workspaceId} = ${workspaceId} order by 1 limit 200`,
    ),
  ]);
  return { campaigns: campaigns.map((c) => c.value!), tags: [...tags].map((t) => t.value) };
}
