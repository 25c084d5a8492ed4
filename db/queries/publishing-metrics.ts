import { and, desc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { PostMetrics } from "@/lib/connectors/types";
import type { DbOrTx } from "../connect";
import { identities, postMetrics, posts, postTargets } from "../schema";

/**
 * How often a published target's numbers are snapshotted, by its age: every 5 minutes in the first hour, every
 * 30 minutes for the rest of the first day, every 6 hours for the first week, daily to 30 days, then no more.
 */
export function nextMetricsDelayMs(ageMs: number): number | null {
  const hour = 3_600_000;
  if (ageMs < hour) return 5 * 60_000;
  if (ageMs < 24 * hour) return 30 * 60_000;
  if (ageMs < 7 * 24 * hour) return 6 * hour;
  if (ageMs < 30 * 24 * hour) return 24 * hour;
  return null;
}

/** Published targets whose next snapshot is due, oldest due first. */
export async function dueMetricTargets(db: DbOrTx, limit: number) {
  const rows = await db
    .select({ id: postTargets.id })
    .from(postTargets)
    .where(and(isNotNull(postTargets.metricsDueAt), lte(postTargets.metricsDueAt, sql`now()`)))
    .orderBy(postTargets.metricsDueAt)
    .limit(limit);
  return rows.map((r) => r.id);
}

export async function metricTarget(db: DbOrTx, targetId: string) {
  const [row] = await db
    .select({
      id: postTargets.id,
      postId: postTargets.postId,
      workspaceId: postTargets.workspaceId,
      channelId: postTargets.channelId,
      externalId: postTargets.externalId,
      publishedAt: postTargets.publishedAt,
      identityKind: identities.kind,
    })
    .from(postTargets)
    .innerJoin(posts, eq(posts.id, postTargets.postId))
    .innerJoin(identities, eq(identities.id, posts.identityId))
    .where(and(eq(postTargets.id, targetId), eq(postTargets.status, "published")));
  return row?.externalId && row.publishedAt
    ? { ...row, externalId: row.externalId, publishedAt: row.publishedAt }
    : null;
}

/** Stores one snapshot and when the next one is due (null: stop following this target). */
export async function recordMetricSnapshot(
  db: DbOrTx,
  target: { id: string; postId: string; workspaceId: string },
  metrics: PostMetrics | null,
  nextDueAt: Date | null,
) {
  await db.transaction(async (tx) => {
    if (metrics) {
      await tx
        .insert(postMetrics)
        .values({ workspaceId: target.workspaceId, postId: target.postId, postTargetId: target.id, ...metrics });
    }
    await tx.update(postTargets).set({ metricsDueAt: nextDueAt }).where(eq(postTargets.id, target.id));
  });
}

export type LatestMetrics = PostMetrics & { capturedAt: Date };

/** The latest snapshot of each of the given targets (of one workspace). */
export async function latestTargetMetrics(
  db: DbOrTx,
  { workspaceId, targetIds }: { workspaceId: string; targetIds: string[] },
) {
  if (!targetIds.length) return new Map<string, LatestMetrics>();
  const rows = await db
    .selectDistinctOn([postMetrics.postTargetId], {
      targetId: postMetrics.postTargetId,
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
    .where(and(eq(postMetrics.workspaceId, workspaceId), inArray(postMetrics.postTargetId, targetIds)))
    .orderBy(postMetrics.postTargetId, desc(postMetrics.capturedAt));
  return new Map(rows.map(({ targetId, ...m }) => [targetId, m]));
}

/** ARCHITECTURE: Σ(likes + comments + shares + saves) / Σ impressions; null without impressions. */
export function engagementRate(rows: Pick<PostMetrics, "impressions" | "likes" | "comments" | "shares" | "saves">[]) {
  const impressions = rows.reduce((s, r) => s + r.impressions, 0);
  const engaged = rows.reduce((s, r) => s + r.likes + r.comments + r.shares + r.saves, 0);
  return impressions > 0 ? engaged / impressions : null;
}
