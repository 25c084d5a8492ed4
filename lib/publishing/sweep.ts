import type { DbOrTx } from "@/db/connect";
import { orphanedTargets, settleStrandedPosts } from "@/db/queries/publishing";
import { curtainEnv } from "@/lib/env";
import { addJob } from "@/lib/jobs/add-job";
import { publishJobKey } from "./schedule";

/**
 * The `publish-sweep` job (every minute): gives a fresh job to every target that lost its own — its worker was
 * killed mid-publish (the lease ran out: the new job reconciles) or died holding a due job (graphile-worker frees
 * those only after hours), or a post was scheduled before publish jobs existed. Never publishes by itself.
 */
export async function sweepOrphanedTargets(
  db: DbOrTx,
  { leaseSeconds = curtainEnv().CURTAIN_PUBLISH_LEASE_SECONDS, limit = 2_000 } = {},
) {
  const ids = await orphanedTargets(db, { leaseSeconds, limit });
  for (const targetId of ids) {
    await addJob(db, "publish-target", { targetId }, { jobKey: publishJobKey(targetId) });
  }
  const settled = await settleStrandedPosts(db, limit);
  return ids.length + settled;
}
