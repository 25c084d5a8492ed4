import { and, desc, eq, sql } from "drizzle-orm";
import { thrownFailure, withTimeout, type ConnectorFailure } from "@/lib/connectors";
import { loadReadyChannel } from "@/lib/connectors/channel";
import { CONNECTOR_TIMEOUT_MS } from "@/lib/jobs/names";
import type { DbOrTx } from "../connect";
import { messages } from "../schema";

export type DeliveryResult =
  | { status: "sent"; externalId: string }
  | { status: "skipped" }
  | { status: "failed"; reason: string }
  | { status: "retry"; reason: string };

const queuedMessage = (messageId: string) => and(eq(messages.id, messageId), eq(messages.deliveryStatus, "queued"));

/**
 * Delivers one queued outbound message through its channel's connector. Safe to run any number of times: a
 * message that is no longer queued is skipped (the state check sits in every UPDATE's WHERE), and the connector
 * gets the message's idempotency key, so a run after a crash between the platform's acceptance and our
 * acknowledgement gets the same external id back instead of posting again.
 */
export async function deliverMessage(
  db: DbOrTx,
  {
    messageId,
    attempt,
    maxAttempts,
    timeoutMs = CONNECTOR_TIMEOUT_MS,
  }: { messageId: string; attempt: number; maxAttempts: number; timeoutMs?: number },
): Promise<DeliveryResult> {
  const [row] = await db
    .update(messages)
    .set({ attempts: sql`${messages.attempts} + 1` })
    .where(and(queuedMessage(messageId), eq(messages.direction, "outbound")))
    .returning({
      body: messages.body,
      channelId: messages.channelId,
      conversationId: messages.conversationId,
      idempotencyKey: messages.idempotencyKey,
    });
  if (!row) return { status: "skipped" };

  const ready = await loadReadyChannel(db, row.channelId);
  const [parent] = await db
    .select({ externalId: messages.externalId })
    .from(messages)
    .where(and(eq(messages.conversationId, row.conversationId), eq(messages.direction, "inbound")))
    .orderBy(desc(messages.sentAt))
    .limit(1);

  let result: { ok: true; value: { externalId: string } } | ConnectorFailure;
  if ("ok" in ready) result = ready;
  else {
    result = await withTimeout(timeoutMs, (signal) =>
      ready.connector
        .sendReply({
          channel: ready.channel,
          inReplyToExternalId: parent?.externalId ?? null,
          body: row.body,
          idempotencyKey: row.idempotencyKey ?? `reply:${messageId}`,
          signal,
        })
        .catch(thrownFailure),
    );
  }

  if (result.ok) {
    await db
      .update(messages)
      .set({ deliveryStatus: "sent", externalId: result.value.externalId, deliveredAt: sql`now()`, error: null })
      .where(queuedMessage(messageId));
    return { status: "sent", externalId: result.value.externalId };
  }
  // `unknown` (the platform may have taken it but named no id) is final too: a resend could post twice.
  const final = result.kind !== "transient" || attempt >= maxAttempts;
  await db
    .update(messages)
    .set(final ? { deliveryStatus: "failed", error: result.reason } : { error: result.reason })
    .where(queuedMessage(messageId));
  return final ? { status: "failed", reason: result.reason } : { status: "retry", reason: result.reason };
}
