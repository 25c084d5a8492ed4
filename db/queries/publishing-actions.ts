import { and, eq, inArray, sql } from "drizzle-orm";
import { addJob } from "@/lib/jobs/add-job";
import { fail, notFoundOrConflict, ok, type Outcome } from "@/lib/outcome";
import { publishJobKey, schedulePostPublishing } from "@/lib/publishing/schedule";
import type { DbOrTx } from "../connect";
import { posts, postTargets, type ApprovalStep } from "../schema";

const postExists = (db: DbOrTx, workspaceId: string, postId: string) => async () =>
  (
    await db
      .select({ id: posts.id })
      .from(posts)
      .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)))
  )[0];

/**
 * "Publish now": an approved or scheduled post is scheduled for now and its targets' jobs run at once (replacing
 * a later run time). Guarded by workspace, status and version; call inside a transaction.
 */
export async function publishPostNow(
  db: DbOrTx,
  { workspaceId, postId, version, userId }: { workspaceId: string; postId: string; version: number; userId: string },
): Promise<Outcome<{ id: string; version: number }>> {
  const step: ApprovalStep = { at: new Date().toISOString(), userId, action: "scheduled", comment: "publish now" };
  const [row] = await db
    .update(posts)
    .set({
      status: "scheduled",
      scheduledAt: sql`now()`,
      approvalTrail: sql`${posts.approvalTrail} || ${JSON.stringify([step])}::jsonb`,
      version: sql`${posts.version} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(posts.id, postId),
        eq(posts.workspaceId, workspaceId),
        eq(posts.version, version),
        inArray(posts.status, ["approved", "scheduled"]),
      ),
    )
    .returning({ id: posts.id, version: posts.version });
  if (!row) return notFoundOrConflict(postExists(db, workspaceId, postId));
  await schedulePostPublishing(db, { workspaceId, postId, runAt: new Date() });
  return ok(row);
}

/**
 * "Retry" on a failed target, or on an unknown one after a person checked the platform: back to pending with a
 * job now. The idempotency key stays, so a platform that did take the first attempt answers with it. A failed
 * post shows as scheduled again while it retries. Call inside a transaction.
 */
export async function retryPostTarget(
  db: DbOrTx,
  { workspaceId, targetId }: { workspaceId: string; targetId: string },
): Promise<Outcome<{ postId: string }>> {
  const [row] = await db
    .update(postTargets)
    .set({ status: "pending", attempts: 0, error: null, leaseExpiresAt: null })
    .where(
      and(
        eq(postTargets.id, targetId),
        eq(postTargets.workspaceId, workspaceId),
        inArray(postTargets.status, ["failed", "unknown"]),
      ),
    )
    .returning({ postId: postTargets.postId });
  if (!row) {
    const [exists] = await db
      .select({ id: postTargets.id })
      .from(postTargets)
      .where(and(eq(postTargets.id, targetId), eq(postTargets.workspaceId, workspaceId)));
    return exists ? fail("conflict") : fail("not_found");
  }
  await db
    .update(posts)
    .set({ status: "scheduled", version: sql`${posts.version} + 1`, updatedAt: new Date() })
    .where(and(eq(posts.id, row.postId), eq(posts.workspaceId, workspaceId), eq(posts.status, "failed")));
  await addJob(db, "publish-target", { targetId }, { jobKey: publishJobKey(targetId) });
  return ok(row);
}
