import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { sandboxDeliveries } from "@/db/schema/sandbox";
import {
  permanent,
  transient,
  type Connector,
  type ConnectorChannel,
  type ConnectorDeps,
  type ConnectorResult,
} from "./types";

/**
 * Markers that make the simulated network misbehave, so tests, the demo and the benchmark can exercise every
 * failure path without a real platform. They work in a reply's or post's text:
 *
 * - `[sandbox:fail]`   transient failure ("network unavailable") — the job retries with backoff;
 * - `[sandbox:reject]` permanent failure ("rejected by the platform") — failed at once, no retry;
 * - `[sandbox:hang]`   never answers until the caller's timeout aborts the request.
 *
 * Everything else is accepted and gets an external id. The same (channel, idempotency key) always returns the
 * same external id, however often it is sent: that is the property real platforms give with idempotency keys
 * (or that a bridge must emulate) and what makes a re-run delivery job harmless.
 */
export const SANDBOX_MARKERS = { fail: "[sandbox:fail]", reject: "[sandbox:reject]", hang: "[sandbox:hang]" } as const;

function hangUntilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

async function accept(
  deps: ConnectorDeps,
  channel: ConnectorChannel,
  kind: "reply" | "post",
  body: string,
  idempotencyKey: string,
  signal: AbortSignal,
): Promise<ConnectorResult<{ externalId: string }>> {
  if (body.includes(SANDBOX_MARKERS.hang)) await hangUntilAborted(signal);
  if (body.includes(SANDBOX_MARKERS.reject)) return permanent("rejected by the platform");
  if (body.includes(SANDBOX_MARKERS.fail)) return transient("network unavailable");
  const externalId = `sbx_${randomBytes(9).toString("base64url")}`;
  // Insert-or-read in one statement: two concurrent sends with the same key both get the first external id.
  const rows = await deps.db.execute<{ external_id: string }>(sql`
    with inserted as (
      insert into ${sandboxDeliveries} (workspace_id, channel_id, kind, idempotency_key, external_id, body)
      values (${channel.workspaceId}, ${channel.id}, ${kind}, ${idempotencyKey}, ${externalId}, ${body})
      on conflict (channel_id, idempotency_key) do nothing
      returning external_id
    )
    select external_id from inserted
    union all
    select external_id from ${sandboxDeliveries} where channel_id = ${channel.id} and idempotency_key = ${idempotencyKey}
    limit 1`);
  const found = rows[0]?.external_id;
  if (found) return { ok: true, value: { externalId: found } };
  // The conflicting row was committed by a concurrent transaction after this statement's snapshot: read again.
  const [again] = await deps.db
    .select({ externalId: sandboxDeliveries.externalId })
    .from(sandboxDeliveries)
    .where(and(eq(sandboxDeliveries.channelId, channel.id), eq(sandboxDeliveries.idempotencyKey, idempotencyKey)));
  return again ? { ok: true, value: again } : transient("sandbox lost the delivery");
}

export function sandboxConnector(deps: ConnectorDeps): Connector {
  return {
    name: "sandbox",
    sendReply: (r) => accept(deps, r.channel, "reply", r.body, r.idempotencyKey, r.signal),
    publishPost: (r) => accept(deps, r.channel, "post", r.body, r.idempotencyKey, r.signal),
    // Deterministic figures from the external id, so demo reports are stable between runs.
    fetchMetrics: async ({ externalId }) => {
      const seed = [...externalId].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) % 100_000, 7);
      const impressions = 500 + (seed % 9_500);
      return {
        ok: true,
        value: {
          impressions,
          reach: Math.round(impressions * 0.7),
          likes: Math.round(impressions * 0.04),
          comments: Math.round(impressions * 0.006),
          shares: Math.round(impressions * 0.004),
          saves: Math.round(impressions * 0.003),
          clicks: Math.round(impressions * 0.01),
        },
      };
    },
    verifyConfig: async () => ({ ok: true, value: null }),
  };
}
