import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { sandboxDeliveries } from "@/db/schema/sandbox";
import { curtainEnv } from "@/lib/env";
import { simulatedMetrics } from "./sandbox-audience";
import {
  permanent,
  transient,
  type Connector,
  type ConnectorChannel,
  type ConnectorDeps,
  type ConnectorResult,
  type Published,
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

/** The simulated network's public address of an item, so the UI has a link to show. */
export const sandboxUrl = (externalId: string) => `https://sandbox.curtain.invalid/p/${externalId}`;

/** Simulated round trip (CURTAIN_SANDBOX_LATENCY_MS), abortable like a real request. */
function latency(signal: AbortSignal): Promise<void> {
  const ms = curtainEnv().CURTAIN_SANDBOX_LATENCY_MS;
  if (!ms) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}

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
  await latency(signal);
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

async function findDelivery(
  deps: ConnectorDeps,
  channel: ConnectorChannel,
  idempotencyKey: string,
): Promise<ConnectorResult<Published | null>> {
  const [row] = await deps.db
    .select({ externalId: sandboxDeliveries.externalId })
    .from(sandboxDeliveries)
    .where(and(eq(sandboxDeliveries.channelId, channel.id), eq(sandboxDeliveries.idempotencyKey, idempotencyKey)));
  return { ok: true, value: row ? { externalId: row.externalId, url: sandboxUrl(row.externalId) } : null };
}

export function sandboxConnector(deps: ConnectorDeps): Connector {
  return {
    name: "sandbox",
    // The simulated network remembers every idempotency key forever.
    idempotencyWindowMs: Number.POSITIVE_INFINITY,
    sendReply: (r) => accept(deps, r.channel, "reply", r.body, r.idempotencyKey, r.signal),
    publishPost: async (r) => {
      const result = await accept(deps, r.channel, "post", r.body, r.idempotencyKey, r.signal);
      return result.ok ? { ok: true, value: { ...result.value, url: sandboxUrl(result.value.externalId) } } : result;
    },
    findPublished: (r) => findDelivery(deps, r.channel, r.idempotencyKey),
    fetchMetrics: async ({ externalId, target }) => {
      // Without the target (a caller outside publishing) the audience is keyed by the external id alone.
      const elapsed = target ? Date.now() - target.publishedAt.getTime() : 24 * 3_600_000;
      return { ok: true, value: simulatedMetrics(target?.id ?? externalId, target?.identityKind ?? "brand", elapsed) };
    },
    verifyConfig: async () => ({ ok: true, value: { detail: "the sandbox needs no configuration" } }),
  };
}
