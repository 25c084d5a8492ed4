import type { DbOrTx } from "@/db/connect";
import {
  dueMetricTargets,
  metricTarget,
  nextMetricsDelayMs,
  recordMetricSnapshot,
} from "@/db/queries/publishing-metrics";
import { thrownFailure, withTimeout } from "@/lib/connectors";
import { loadReadyChannel } from "@/lib/connectors/channel";
import { CONNECTOR_TIMEOUT_MS } from "@/lib/jobs/names";
import { simulateInboundComments } from "./sandbox-comments";

const RETRY_TRANSIENT_MS = 15 * 60_000;

/**
 * Takes one metrics snapshot of a published target through its connector. A permanent failure (no metrics on
 * this connector, the channel gone) stops following the target; a transient one tries again in 15 minutes.
 */
export async function snapshotTargetMetrics(db: DbOrTx, targetId: string, now: Date = new Date()) {
  const target = await metricTarget(db, targetId);
  if (!target) return "skipped" as const;
  const ready = await loadReadyChannel(db, target.channelId);
  const result =
    "ok" in ready
      ? ready
      : await withTimeout(CONNECTOR_TIMEOUT_MS, (signal) =>
          ready.connector
            .fetchMetrics({
              channel: ready.channel,
              externalId: target.externalId,
              signal,
              target: { id: target.id, publishedAt: target.publishedAt, identityKind: target.identityKind },
            })
            .catch(thrownFailure),
        );
  if (!result.ok) {
    const next = result.kind === "transient" ? new Date(now.getTime() + RETRY_TRANSIENT_MS) : null;
    await recordMetricSnapshot(db, target, null, next);
    return "failed" as const;
  }
  const delay = nextMetricsDelayMs(now.getTime() - target.publishedAt.getTime());
  await recordMetricSnapshot(db, target, result.value, delay === null ? null : new Date(now.getTime() + delay));
  if (!("ok" in ready) && ready.connector.name === "sandbox") {
    await simulateInboundComments(db, { target, channelId: target.channelId, comments: result.value.comments });
  }
  return "recorded" as const;
}

/** The recurring `snapshot-metrics` job: every due target, a few at a time. */
export async function snapshotDueMetrics(db: DbOrTx, { limit = 500, parallel = 4 } = {}) {
  const ids = await dueMetricTargets(db, limit);
  let recorded = 0;
  for (let i = 0; i < ids.length; i += parallel) {
    const results = await Promise.all(ids.slice(i, i + parallel).map((id) => snapshotTargetMetrics(db, id)));
    recorded += results.filter((r) => r === "recorded").length;
  }
  return { due: ids.length, recorded };
}
