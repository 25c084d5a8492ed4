import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { channels, posts, postTargets } from "../schema";
import { engagementRate, latestTargetMetrics, type LatestMetrics } from "./publishing-metrics";

/**
 * What a post's publishing looks like to a person: the post's state (with "partially_failed" for a published post
 * of which some target failed or is unknown), each target with its channel, status, link or reason, and the
 * latest numbers; totals and the engagement rate over the targets (ARCHITECTURE's definition).
 */
export async function postPublishing(db: DbOrTx, { workspaceId, postId }: { workspaceId: string; postId: string }) {
  const [post] = await db
    .select({ id: posts.id, status: posts.status, version: posts.version, scheduledAt: posts.scheduledAt })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)));
  if (!post) return null;
  const targets = await db
    .select({
      id: postTargets.id,
      status: postTargets.status,
      error: postTargets.error,
      externalId: postTargets.externalId,
      externalUrl: postTargets.externalUrl,
      attempts: postTargets.attempts,
      publishedAt: postTargets.publishedAt,
      channel: { platform: channels.platform, handle: channels.handle, connector: channels.connector },
    })
    .from(postTargets)
    .innerJoin(channels, eq(channels.id, postTargets.channelId))
    .where(and(eq(postTargets.postId, postId), eq(postTargets.workspaceId, workspaceId)))
    .orderBy(asc(channels.platform), asc(channels.handle));
  const metrics = await latestTargetMetrics(db, { workspaceId, targetIds: targets.map((t) => t.id) });
  const latest = [...metrics.values()];
  const totals = latest.reduce(
    (sum, m) => ({
      impressions: sum.impressions + m.impressions,
      likes: sum.likes + m.likes,
      comments: sum.comments + m.comments,
      shares: sum.shares + m.shares,
      saves: sum.saves + m.saves,
    }),
    { impressions: 0, likes: 0, comments: 0, shares: 0, saves: 0 },
  );
  const troubled = targets.some((t) => t.status === "failed" || t.status === "unknown");
  return {
    post,
    state: post.status === "published" && troubled ? ("partially_failed" as const) : post.status,
    targets: targets.map((t) => ({ ...t, metrics: (metrics.get(t.id) ?? null) as LatestMetrics | null })),
    totals,
    engagementRate: engagementRate(latest),
  };
}

export type PostPublishing = NonNullable<Awaited<ReturnType<typeof postPublishing>>>;
