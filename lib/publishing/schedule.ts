import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { addJob } from "@/lib/jobs/add-job";

/** graphile-worker job key of one target's publish job: one pending job per target, so rescheduling replaces it. */
export const publishJobKey = (targetId: string) => `publish-target:${targetId}`;

/**
 * Schedules (or reschedules) the publish job of every target of a post to run at `runAt`, in the caller's
 * transaction. Called by the calendar whenever a post becomes scheduled or its time changes.
 */
export async function schedulePostPublishing(
  db: DbOrTx,
  input: { workspaceId: string; postId: string; runAt: Date },
): Promise<void> {
  const rows = await db.execute<{ id: string }>(
    sql`select id from post_targets where post_id = ${input.postId} and workspace_id = ${input.workspaceId} and status <> 'published'`,
  );
  for (const { id } of rows) {
    await addJob(db, "publish-target", { targetId: id }, { jobKey: publishJobKey(id), runAt: input.runAt });
  }
}

/** Removes the waiting publish jobs of a post (cancelled, unscheduled, back to review). */
export async function cancelPostPublishing(db: DbOrTx, input: { workspaceId: string; postId: string }): Promise<void> {
  const rows = await db.execute<{ id: string }>(
    sql`select id from post_targets where post_id = ${input.postId} and workspace_id = ${input.workspaceId}`,
  );
  for (const { id } of rows) {
    await db.execute(sql`select graphile_worker.remove_job(${publishJobKey(id)})`);
  }
}
