import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { channels, identities, postComments, postMetrics, posts, postTargets, users } from "../schema";

/**
 * One post as the detail view and the composer show it: its content, its targets (variant, outgoing text, and what
 * publishing recorded: status, external id, error, latest metrics), its internal comments and its history with
 * names. Undefined when the post is not in the workspace.
 */
export async function getPost(db: DbOrTx, { workspaceId, postId }: { workspaceId: string; postId: string }) {
  const [post] = await db
    .select({
      id: posts.id,
      identityId: posts.identityId,
      identityName: identities.displayName,
      identityKind: identities.kind,
      authorUserId: posts.authorUserId,
      body: posts.body,
      media: posts.media,
      campaign: posts.campaign,
      tags: posts.tags,
      status: posts.status,
      scheduledAt: posts.scheduledAt,
      publishedAt: posts.publishedAt,
      approvalTrail: posts.approvalTrail,
      version: posts.version,
      createdAt: posts.createdAt,
    })
    .from(posts)
    .innerJoin(identities, eq(identities.id, posts.identityId))
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)));
  if (!post) return undefined;

  const [targets, comments] = await Promise.all([
    db
      .select({
        id: postTargets.id,
        channelId: postTargets.channelId,
        platform: channels.platform,
        handle: channels.handle,
        variant: postTargets.variant,
        bodyOverride: postTargets.bodyOverride,
        status: postTargets.status,
        externalId: postTargets.externalId,
        error: postTargets.error,
        publishedAt: postTargets.publishedAt,
      })
      .from(postTargets)
      .innerJoin(channels, eq(channels.id, postTargets.channelId))
      .where(and(eq(postTargets.postId, postId), eq(postTargets.workspaceId, workspaceId)))
      .orderBy(asc(channels.platform), asc(channels.handle)),
    db
      .select({
        id: postComments.id,
        body: postComments.body,
        createdAt: postComments.createdAt,
        authorName: users.name,
      })
      .from(postComments)
      .leftJoin(users, eq(users.id, postComments.authorUserId))
      .where(and(eq(postComments.postId, postId), eq(postComments.workspaceId, workspaceId)))
      .orderBy(asc(postComments.createdAt)),
  ]);
  const metrics = targets.length
    ? await db
        .selectDistinctOn([postMetrics.postTargetId], {
          postTargetId: postMetrics.postTargetId,
          capturedAt: postMetrics.capturedAt,
          impressions: postMetrics.impressions,
          reach: postMetrics.reach,
          likes: postMetrics.likes,
          comments: postMetrics.comments,
          shares: postMetrics.shares,
          saves: postMetrics.saves,
          clicks: postMetrics.clicks,
        })
        .from(postMetrics)
        .where(
          and(
            eq(postMetrics.workspaceId, workspaceId),
            inArray(
              postMetrics.postTargetId,
              targets.map((t) => t.id),
            ),
          ),
        )
        .orderBy(postMetrics.postTargetId, desc(postMetrics.capturedAt))
    : [];
  const userIds = [...new Set(post.approvalTrail.map((s) => s.userId))];
  const names = userIds.length
    ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, userIds))
    : [];
  const nameOf = new Map(names.map((u) => [u.id, u.name]));
  return {
    ...post,
    history: post.approvalTrail.map((step) => ({ ...step, userName: nameOf.get(step.userId) ?? null })),
    targets: targets.map((t) => ({ ...t, metrics: metrics.find((m) => m.postTargetId === t.id) ?? null })),
    comments,
  };
}

export type PostDetail = NonNullable<Awaited<ReturnType<typeof getPost>>>;

/** An internal comment on a post of the workspace; not_found (undefined) for another workspace's post. */
export async function addPostComment(
  db: DbOrTx,
  { workspaceId, postId, userId, body }: { workspaceId: string; postId: string; userId: string; body: string },
) {
  const [post] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)));
  if (!post) return undefined;
  const [row] = await db
    .insert(postComments)
    .values({ workspaceId, postId, authorUserId: userId, body })
    .returning({ id: postComments.id });
  return row!;
}
