import type { Task, TaskList } from "graphile-worker";
import type { DbOrTx } from "@/db/connect";
import { deliverMessage } from "@/db/queries/delivery";
import { notifySlaBreaches } from "@/db/queries/notifications";
import { wakeConversation } from "@/db/queries/queue-snooze";
import { runImportJob } from "@/lib/import/job";
import { deliverWebhook } from "@/lib/webhooks/deliver";
import { snapshotDueMetrics } from "@/lib/publishing/metrics";
import { pollInbound } from "@/lib/publishing/poll-inbound";
import { publishTarget } from "@/lib/publishing/publish-target";
import { sweepOrphanedTargets } from "@/lib/publishing/sweep";
import type { JobPayloads } from "./names";

/**
 * The task list, built around the worker's own database client (never the app's `server-only` one, so this loads
 * under plain tsx). A task that throws is retried by graphile-worker with exponential backoff.
 */
export function createTaskList(db: DbOrTx): TaskList {
  const deliverReply: Task = async (payload, helpers) => {
    const { messageId } = payload as JobPayloads["deliver-reply"];
    const result = await deliverMessage(db, {
      messageId,
      attempt: helpers.job.attempts,
      maxAttempts: helpers.job.max_attempts,
    });
    // Throwing hands the retry (with backoff) to graphile-worker; every other outcome is final for this job.
    if (result.status === "retry") throw new Error(result.reason);
    helpers.logger.debug(`deliver-reply ${messageId}: ${result.status}`);
  };
  const slaBreachSweep: Task = async (_payload, helpers) => {
    const written = await notifySlaBreaches(db);
    if (written > 0) helpers.logger.debug(`sla-breach-sweep: ${written} notifications`);
  };
  const wake: Task = async (payload, helpers) => {
    const { conversationId } = payload as JobPayloads["wake-conversation"];
    const woken = await wakeConversation(db, { conversationId });
    helpers.logger.debug(`wake-conversation ${conversationId}: ${woken ? "reopened" : "nothing to do"}`);
  };
  const deliverWebhookTask: Task = async (payload, helpers) => {
    const { deliveryId } = payload as JobPayloads["deliver-webhook"];
    const result = await deliverWebhook(db, {
      deliveryId,
      attempt: helpers.job.attempts,
      maxAttempts: helpers.job.max_attempts,
    });
    if (result.status === "retry") throw new Error(result.reason);
  };
  const runImportTask: Task = async (payload) => {
    await runImportJob(db, (payload as JobPayloads["run-import"]).runId);
  };

  // Retries are scheduled by the handler itself (its own backoff honours Retry-After), so this job never throws
  // for a platform's failure; a throw here is a database problem and graphile-worker's retry is right for it.
  const publish: Task = async (payload, helpers) => {
    const { targetId } = payload as JobPayloads["publish-target"];
    const result = await publishTarget(db, { targetId });
    helpers.logger.debug(`publish-target ${targetId}: ${result.status}`);
  };

  const sweep: Task = async (_payload, helpers) => {
    const count = await sweepOrphanedTargets(db);
    if (count) helpers.logger.info(`publish-sweep: re-enqueued ${count} target(s)`);
  };

  const metrics: Task = async (_payload, helpers) => {
    const { due, recorded } = await snapshotDueMetrics(db);
    if (due) helpers.logger.debug(`snapshot-metrics: ${recorded}/${due}`);
  };

  const poll: Task = async (_payload, helpers) => {
    const recorded = await pollInbound(db);
    if (recorded) helpers.logger.info(`poll-inbound: ${recorded} new message(s)`);
  };

  return {
    "deliver-reply": deliverReply,
    "sla-breach-sweep": slaBreachSweep,
    "wake-conversation": wake,
    "deliver-webhook": deliverWebhookTask,
    "run-import": runImportTask,
    "publish-target": publish,
    "publish-sweep": sweep,
    "snapshot-metrics": metrics,
    "poll-inbound": poll,
  };
}
