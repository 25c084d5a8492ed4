import type { DbOrTx } from "@/db/connect";
import { loadDelivery, recordDeliveryAttempt } from "@/db/queries/webhooks";
import { curtainEnv } from "@/lib/env";
import { signedHeaders } from "@/lib/http/signature";

/** How long a receiver may take to answer before the attempt counts as failed (and is retried). */
const webhookTimeoutMs = () => curtainEnv().CURTAIN_WEBHOOK_TIMEOUT_MS;

export type DeliveryOutcome = { status: "delivered" | "retry" | "failed" | "skipped"; reason?: string };

/**
 * One attempt to deliver one event: POST the JSON body, signed with the endpoint's secret (lib/http/signature.ts),
 * to the endpoint. 2xx → delivered; anything else (non-2xx, network error, timeout) → retried by the job runner
 * until the last attempt, which marks the delivery failed. A disabled or deleted endpoint is skipped.
 */
export async function deliverWebhook(
  db: DbOrTx,
  {
    deliveryId,
    attempt,
    maxAttempts,
    timeoutMs = webhookTimeoutMs(),
  }: { deliveryId: string; attempt: number; maxAttempts: number; timeoutMs?: number },
): Promise<DeliveryOutcome> {
  const delivery = await loadDelivery(db, { deliveryId });
  if (!delivery || delivery.status !== "pending") return { status: "skipped" };
  if (!delivery.enabled) {
    await recordDeliveryAttempt(db, { deliveryId, status: "failed", responseCode: null, error: "endpoint disabled" });
    return { status: "skipped" };
  }
  const body = JSON.stringify(delivery.payload);
  let responseCode: number | null = null;
  let error: string | null = null;
  try {
    const response = await fetch(delivery.url, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Curtain-Webhooks/1",
        ...signedHeaders(delivery.secret, body),
      },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    responseCode = response.status;
    await response.body?.cancel().catch(() => {});
    if (response.ok) {
      await recordDeliveryAttempt(db, { deliveryId, status: "delivered", responseCode, error: null });
      return { status: "delivered" };
    }
    error = `HTTP ${response.status}`;
  } catch (cause) {
    error =
      (cause as Error).name === "TimeoutError"
        ? `timed out after ${timeoutMs} ms`
        : String((cause as Error).message).slice(0, 300);
  }
  const last = attempt >= maxAttempts;
  await recordDeliveryAttempt(db, { deliveryId, status: last ? "failed" : "pending", responseCode, error });
  return { status: last ? "failed" : "retry", reason: error ?? undefined };
}
