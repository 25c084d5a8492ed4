import type { DbOrTx } from "@/db/connect";
import { claimTarget, finishTargetAttempt, markTargetPublished, type ClaimedTarget } from "@/db/queries/publishing";
import { thrownFailure, withTimeout, type ConnectorFailure, type ConnectorResult } from "@/lib/connectors";
import { loadReadyChannel, type ReadyChannel } from "@/lib/connectors/channel";
import type { Published } from "@/lib/connectors/types";
import { curtainEnv } from "@/lib/env";
import { addJob } from "@/lib/jobs/add-job";
import { CONNECTOR_TIMEOUT_MS } from "@/lib/jobs/names";
import { PUBLISH_MAX_ATTEMPTS, retryDelayMs } from "./backoff";
import { publishJobKey } from "./schedule";

export type PublishOutcome =
  | { status: "published"; externalId: string }
  | { status: "skipped"; reason: string }
  | { status: "retry"; reason: string; runAt: Date }
  | { status: "failed" | "unknown"; reason: string };

export const UNKNOWN_AFTER_CRASH =
  "the worker stopped while publishing and the platform cannot tell whether it arrived — check the channel, then Retry";

/**
 * The `publish-target` job: publishes one post target exactly once. The claim (row lock + lease, state checks in
 * the WHERE) makes concurrent jobs and workers harmless; the idempotency key makes a resend of an accepted post
 * return the first result; a target whose worker died mid-publish is reconciled (asked of the platform, resent
 * only inside the platform's idempotency window, otherwise marked unknown for a person).
 */
export async function publishTarget(
  db: DbOrTx,
  {
    targetId,
    timeoutMs = CONNECTOR_TIMEOUT_MS,
    leaseSeconds = curtainEnv().CURTAIN_PUBLISH_LEASE_SECONDS,
    now = () => new Date(),
  }: { targetId: string; timeoutMs?: number; leaseSeconds?: number; now?: () => Date },
): Promise<PublishOutcome> {
  const claim = await claimTarget(db, targetId, leaseSeconds);
  if ("skipped" in claim) return { status: "skipped", reason: claim.skipped };
  const target = claim.claimed;

  const ready = await loadReadyChannel(db, target.channelId);
  const result = "ok" in ready ? ready : await attempt(ready, target, timeoutMs, now());

  if (result.ok) {
    // Metrics follow from the snapshot job (due at once, run within a minute): off the publishing hot path.
    await markTargetPublished(db, target.id, result.value);
    return { status: "published", externalId: result.value.externalId };
  }
  return settleFailure(db, target, result, now());
}

function attempt(ready: ReadyChannel, target: ClaimedTarget, timeoutMs: number, now: Date) {
  const { connector, channel } = ready;
  const send = () =>
    withTimeout(timeoutMs, (signal) =>
      connector
        .publishPost({ channel, targetId: target.id, body: target.body, idempotencyKey: target.idempotencyKey, signal })
        .catch(thrownFailure),
    );
  if (target.mode === "send") return send();
  return reconcile(ready, target, timeoutMs, now, send);
}

async function reconcile(
  { connector, channel }: ReadyChannel,
  target: ClaimedTarget,
  timeoutMs: number,
  now: Date,
  send: () => Promise<ConnectorResult<Published>>,
): Promise<ConnectorResult<Published>> {
  if (connector.findPublished) {
    const found = await withTimeout(timeoutMs, (signal) =>
      connector.findPublished!({ channel, idempotencyKey: target.idempotencyKey, signal }).catch(thrownFailure),
    );
    if (!found.ok) return found;
    // Certainly not there: sending now is the first send.
    return found.value ? { ok: true, value: found.value } : send();
  }
  // The platform dedupes a resend with the same key within its window: the resend returns the first result.
  if (now.getTime() - target.firstSentAt.getTime() < connector.idempotencyWindowMs) return send();
  return { ok: false, kind: "unknown", reason: UNKNOWN_AFTER_CRASH };
}

async function settleFailure(
  db: DbOrTx,
  target: ClaimedTarget,
  failure: ConnectorFailure,
  now: Date,
): Promise<PublishOutcome> {
  if (failure.kind === "transient" && target.attempts < PUBLISH_MAX_ATTEMPTS) {
    const runAt = new Date(now.getTime() + retryDelayMs(target.attempts, failure.retryAfterMs));
    await db.transaction(async (tx) => {
      await finishTargetAttempt(tx, target.id, { status: "pending", reason: failure.reason });
      // A new run of this target's job (the running one is locked, so graphile-worker adds a fresh one).
      await addJob(tx, "publish-target", { targetId: target.id }, { jobKey: publishJobKey(target.id), runAt });
    });
    return { status: "retry", reason: failure.reason, runAt };
  }
  const status = failure.kind === "unknown" ? "unknown" : "failed";
  const reason =
    failure.kind === "transient" ? `gave up after ${target.attempts} attempts: ${failure.reason}` : failure.reason;
  await finishTargetAttempt(db, target.id, { status, reason });
  return { status, reason };
}
