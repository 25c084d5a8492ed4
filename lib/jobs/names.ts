/** Every job Curtain runs, with its payload. Handlers live in lib/jobs/tasks.ts. */
export type JobPayloads = {
  "deliver-reply": { messageId: string };
  /** Publishes one post target through its channel's connector (lib/publishing/schedule.ts enqueues it). */
  "publish-target": { targetId: string };
  /** Every minute (crontab in lib/jobs/worker.ts): notifies breached SLAs once per wait (db/queries/notifications.ts). */
  "sla-breach-sweep": Record<string, unknown>;
  /** Brings a snoozed conversation back at its time (db/queries/queue-snooze.ts; job key per conversation). */
  "wake-conversation": { conversationId: string };
  /** One outgoing webhook delivery (lib/webhooks/emit.ts enqueues it, lib/webhooks/deliver.ts sends it). */
  "deliver-webhook": { deliveryId: string };
  /** A history import uploaded in Settings → Import (lib/import/job.ts). */
  "run-import": { runId: string };
  /** Cron, every minute: re-enqueues targets whose job died with its worker (lib/publishing/sweep.ts). */
  "publish-sweep": Record<string, never>;
  /** Cron, every minute: snapshots metrics of published targets that are due (lib/publishing/metrics.ts). */
  "snapshot-metrics": Record<string, never>;
  /** Cron, every 2 minutes: mentions and replies from polling connectors (Mastodon) into the reply queue. */
  "poll-inbound": Record<string, never>;
};

/** graphile-worker's crontab for the recurring jobs (minute resolution). */
export const CRONTAB = [
  "* * * * * sla-breach-sweep",
  "* * * * * publish-sweep",
  "* * * * * snapshot-metrics",
  "*/2 * * * * poll-inbound",
].join("\n");
export type JobName = keyof JobPayloads;

/** Attempts before a delivery counts as failed; graphile-worker waits exp(attempt) seconds in between (~1.5 min total). */
export const DELIVERY_MAX_ATTEMPTS = 5;
/** How long one connector call may take before it counts as a transient failure. */
export const CONNECTOR_TIMEOUT_MS = Number(process.env.CURTAIN_CONNECTOR_TIMEOUT_MS ?? 15_000);
