import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import { notFoundOrConflict, ok } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { channels, identities, postMetrics, posts, postTargets, users, type ApprovalStep } from "../schema";

/** Posts scheduled (or, for unscheduled drafts, created) in [from, to), with their voice, author and targets. */
export async function listPosts(db: DbOrTx, { workspaceId, from, to }: { workspaceId: string; from: Date; to: Date }) {
  const when = sql`coalesce(${posts.scheduledAt}, ${posts.createdAt})`;
  return db
    .select({
      id: posts.id,
      body: posts.body,
      status: posts.status,
      campaign: posts.campaign,
      scheduledAt: posts.scheduledAt,
      publishedAt: posts.publishedAt,
      createdAt: posts.createdAt,
      version: posts.version,
      identity: { displayName: identities.displayName, kind: identities.kind },
      authorName: users.name,
      platforms: sql<
        string[]
      >`(select coalesce(array_agg(distinct ${channels.platform}::text), '{}') from ${postTargets} join ${channels} on ${channels.id} = ${postTargets.channelId} where ${postTargets.postId} = ${posts.id})`,
      // Latest snapshot per target, summed over the post's targets.
      impressions: sql<number>`(select coalesce(sum(m.impressions), 0)::int from (select distinct on (${postMetrics.postTargetId}) ${postMetrics.impressions} as impressions from ${postMetrics} where ${postMetrics.postId} = ${posts.id} order by ${postMetrics.postTargetId}, ${postMetrics.capturedAt} desc) m)`,
    })
    .from(posts)
    .innerJoin(identities, eq(identities.id, posts.identityId))
    .leftJoin(users, eq(users.id, posts.authorUserId))
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        gte(when, sql`${from.toISOString()}::timestamptz`),
        lt(when, sql`${to.toISOString()}::timestamptz`),
      ),
    )
    .orderBy(asc(when), asc(posts.id));
}

/**
 * in_review → scheduled when the post has a time (its publish jobs are enqueued by the caller), else approved;
 * guarded by workspace, status and version; the approval is appended to the trail.
 */
export async function approvePost(
  db: DbOrTx,
  { workspaceId, postId, version, userId }: { workspaceId: string; postId: string; version: number; userId: string },
) {
  const step: ApprovalStep = { at: new Date().toISOString(), userId, action: "approved" };
  const [row] = await db
    .update(posts)
    .set({
      status: sql`case when ${posts.scheduledAt} is null then 'approved' else 'scheduled' end::post_status`,
      approvalTrail: sql`${posts.approvalTrail} || ${JSON.stringify([step])}::jsonb`,
      version: sql`${posts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(posts.id, postId),
        eq(posts.workspaceId, workspaceId),
        eq(posts.version, version),
        eq(posts.status, "in_review"),
      ),
    )
    .returning({ id: posts.id, status: posts.status, version: posts.version, scheduledAt: posts.scheduledAt });
  if (row) return ok(row);
  return notFoundOrConflict(
    async () =>
      (
        await db
          .select({ id: posts.id })
          .from(posts)
          .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)))
      )[0],
  );
}

export type PostListItem = Awaited<ReturnType<typeof listPosts>>[number];
