import type { Task, TaskList } from "graphile-worker";
import type { DbOrTx } from "@/db/connect";
import { deliverMessage } from "@/db/queries/delivery";
import { notifySlaBreaches } from "@/db/queries/notifications";
import { wakeConversation } from "@/db/queries/queue-snooze";
import { runImportJob } from "@/lib/import/job";
import { deliverWebhook } from "@/lib/webhooks/deliver";
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
  return {
    "deliver-reply": deliverReply,
    "sla-breach-sweep": slaBreachSweep,
    "wake-conversation": wake,
    "deliver-webhook": deliverWebhookTask,
    "run-import": runImportTask,
  };
}
