import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import type { WebhookEventType } from "@/db/schema/webhooks";

/** graphile-worker retries with exp(attempt) s backoff: 10 attempts span about six hours. */
export const WEBHOOK_MAX_ATTEMPTS = 10;

export type WebhookEvent = { workspaceId: string; type: WebhookEventType; data: Record<string, unknown> };

/**
 * Queues the event for every enabled endpoint of the workspace subscribed to its type, inside the caller's
 * transaction: a rolled-back change sends nothing, a committed one is delivered (with retries) by the
 * `deliver-webhook` job. One statement for any number of events, so bulk paths (import) stay cheap; with no
 * subscribed endpoint it inserts nothing.
 */
export async function emitWebhookEvent(tx: DbOrTx, event: WebhookEvent) {
  await emitWebhookEvents(tx, [event]);
}

export async function emitWebhookEvents(tx: DbOrTx, events: WebhookEvent[]) {
  if (events.length === 0) return;
  const occurredAt = new Date().toISOString();
  const rows = events.map((event) => ({
    workspace_id: event.workspaceId,
    type: event.type,
    payload: { type: event.type, occurredAt, data: event.data },
  }));
  await tx.execute(sql`
    with events as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as e(workspace_id uuid, type text, payload jsonb)
    ), queued as (
      insert into webhook_deliveries (workspace_id, endpoint_id, event_type, payload)
      select e.workspace_id, w.id, e.type, e.payload || jsonb_build_object('id', gen_random_uuid())
      from events e
      join webhook_endpoints w on w.workspace_id = e.workspace_id and w.enabled and e.type = any(w.event_types)
      returning id
    )
    select graphile_worker.add_jobs(array(
      select (('deliver-webhook', json_build_object('deliveryId', id), null, null, ${WEBHOOK_MAX_ATTEMPTS}, null, null, null)::graphile_worker.job_spec)
      from queued
    ))`);
}
