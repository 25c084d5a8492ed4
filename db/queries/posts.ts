import { and, asc, desc, eq, gte, inArray, isNull, lt, or, sql, type SQL } from "drizzle-orm";
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
 * Posts scheduled (or, for undated drafts, created) in [from, to), with their voice, author, channels and (for
 * published posts) impressions. The window is two index ranges (scheduled_at; created_at of undated drafts) so a
 * big workspace reads only that range; channels and figures come in one set-based query each for the whole window
 * rather than a subquery per post.
 */
export async function listPosts(
  db: DbOrTx,
  { workspaceId, from, to, filters = {} }: { workspaceId: string; from: Date; to: Date; filters?: PostFilters },
) {
  const lo = sql`${from.toISOString()}::timestamptz`;
  const hi = sql`${to.toISOString()}::timestamptz`;
  const rows = await db
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
  if (rows.length === 0) return [];

  const published = rows.filter((r) => r.status === "published").map((r) => r.id);
  const [targets, figures] = await Promise.all([
    db
      .select({ postId: postTargets.postId, id: channels.id, platform: channels.platform, handle: channels.handle })
      .from(postTargets)
      .innerJoin(channels, eq(channels.id, postTargets.channelId))
      .where(
        and(
          eq(postTargets.workspaceId, workspaceId),
          inArray(
            postTargets.postId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .orderBy(asc(channels.platform), asc(channels.handle)),
    published.length ? impressionsOf(db, workspaceId, published) : [],
  ]);
  const channelsOf = new Map<string, { id: string; platform: string; handle: string }[]>();
  for (const { postId, ...channel } of targets) channelsOf.set(postId, [...(channelsOf.get(postId) ?? []), channel]);
  const figureOf = new Map(figures.map((f) => [f.postId, f.impressions]));
  return rows.map((r) => ({ ...r, channels: channelsOf.get(r.id) ?? [], impressions: figureOf.get(r.id) ?? 0 }));
}

/** Impressions per post: the latest snapshot of each target, summed over the post's targets. */
function impressionsOf(db: DbOrTx, workspaceId: string, postIds: string[]) {
  const latest = db
    .selectDistinctOn([postMetrics.postTargetId], { postId: postMetrics.postId, impressions: postMetrics.impressions })
    .from(postMetrics)
    .where(and(eq(postMetrics.workspaceId, workspaceId), inArray(postMetrics.postId, postIds)))
    .orderBy(postMetrics.postTargetId, desc(postMetrics.capturedAt))
    .as("latest");
  return db
    .select({ postId: latest.postId, impressions: sql<number>`sum(${latest.impressions})::int` })
    .from(latest)
    .groupBy(latest.postId);
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
