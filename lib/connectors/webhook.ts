import { httpUrlOrNull } from "@/lib/text/link";
import { signedHeaders } from "@/lib/http/signature";
import { requestJson } from "./http";
import {
  permanent,
  unknownOutcome,
  type Connector,
  type ConnectorChannel,
  type ConnectorResult,
  type Published,
} from "./types";

/**
 * The webhook connector: each publish or reply is one signed JSON event POSTed to the channel's URL (a bridge such
 * as n8n, Make, Zapier or an in-house service). Format (README "Webhook connector"):
 *
 *   { "id": "<idempotency key, the same on every retry>", "type": "post.publish" | "reply.send" | "ping",
 *     "createdAt": "<ISO time>", "channel": { "id", "platform", "handle" },
 *     "post": { "targetId", "body" } | "reply": { "body", "inReplyTo": "<platform id>" | null } }
 *
 * Headers: X-Curtain-Timestamp, X-Curtain-Signature (lib/http/signature.ts), X-Curtain-Event, Idempotency-Key.
 * The bridge answers 2xx with `{ "id": "<platform id>", "url"?: "<link>" }`; the id becomes the external id.
 */
export type WebhookEvent = {
  id: string;
  type: "post.publish" | "reply.send" | "ping";
  createdAt: string;
  channel: { id: string; platform: string; handle: string };
  post?: { targetId: string; body: string };
  reply?: { body: string; inReplyTo: string | null };
};

async function send(
  channel: ConnectorChannel,
  event: Omit<WebhookEvent, "createdAt" | "channel">,
  signal: AbortSignal,
) {
  const config = channel.config;
  if (config?.connector !== "webhook") return permanent("the channel has no webhook configuration");
  const body = JSON.stringify({
    ...event,
    createdAt: new Date().toISOString(),
    channel: { id: channel.id, platform: channel.platform, handle: channel.handle },
  } satisfies WebhookEvent);
  return requestJson(
    config.url,
    {
      method: "POST",
      body,
      signal,
      headers: {
        "Content-Type": "application/json",
        "User-Agent": "Curtain-Webhook/1",
        "X-Curtain-Event": event.type,
        "Idempotency-Key": event.id,
        ...signedHeaders(config.signingSecret, body),
      },
    },
    { mutating: event.type !== "ping" },
  );
}

function published(value: Record<string, unknown>, status: string): ConnectorResult<Published> {
  const id = value.id;
  const externalId = typeof id === "number" ? String(id) : id;
  // The bridge acted but named nothing we could track: resending might post twice, so a person checks.
  if (typeof externalId !== "string" || !externalId.trim() || externalId.length > 255)
    return unknownOutcome(`the bridge answered ${status} without an id`);
  const url = httpUrlOrNull(value.url);
  return { ok: true, value: { externalId: externalId.trim(), url } };
}

export function webhookConnector(): Connector {
  return {
    name: "webhook",
    // A bridge may or may not deduplicate on the event id: never rely on it after a crash.
    idempotencyWindowMs: 0,
    async publishPost(r) {
      const result = await send(
        r.channel,
        { id: r.idempotencyKey, type: "post.publish", post: { targetId: r.targetId, body: r.body } },
        r.signal,
      );
      return result.ok ? published(result.value, "2xx") : result;
    },
    async sendReply(r) {
      const result = await send(
        r.channel,
        { id: r.idempotencyKey, type: "reply.send", reply: { body: r.body, inReplyTo: r.inReplyToExternalId } },
        r.signal,
      );
      if (!result.ok) return result;
      const outcome = published(result.value, "2xx");
      return outcome.ok ? { ok: true, value: { externalId: outcome.value.externalId } } : outcome;
    },
    fetchMetrics: async () => permanent("a webhook bridge reports no metrics"),
    async verifyConfig(channel, signal) {
      const result = await send(channel, { id: `ping:${Date.now()}`, type: "ping" }, signal);
      return result.ok ? { ok: true, value: { detail: "the bridge answered the signed ping" } } : result;
    },
  };
}
