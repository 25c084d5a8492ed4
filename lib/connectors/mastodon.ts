import { httpUrlOrNull } from "@/lib/text/link";
import { requestJson, requestJsonList } from "./http";
import {
  permanent,
  type Connector,
  type ConnectorChannel,
  type ConnectorResult,
  type FetchInboundRequest,
  type InboundItem,
} from "./types";

/**
 * A small typed client for the parts of the Mastodon REST API Curtain uses (docs.joinmastodon.org/methods):
 * POST /api/v1/statuses (with `Idempotency-Key`, which Mastodon honours for one hour, and `in_reply_to_id` for
 * replies), GET /api/v1/statuses/:id (favourites, reblogs, replies) and GET /api/v1/accounts/verify_credentials.
 * No library: the maintained clients either hide the idempotency header or need a newer Node.
 */
type MastodonConfig = { instanceUrl: string; accessToken: string };

function configOf(channel: ConnectorChannel): MastodonConfig | null {
  return channel.config?.connector === "mastodon" ? channel.config : null;
}

function call(config: MastodonConfig, path: string, init: RequestInit & { signal: AbortSignal }, mutating: boolean) {
  return requestJson(
    `${config.instanceUrl.replace(/\/$/, "")}${path}`,
    {
      ...init,
      headers: { Authorization: `Bearer ${config.accessToken}`, Accept: "application/json", ...init.headers },
    },
    { mutating },
  );
}

const count = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? Math.max(0, value) : 0);

async function postStatus(
  channel: ConnectorChannel,
  input: { status: string; inReplyToId: string | null; idempotencyKey: string; signal: AbortSignal },
): Promise<ConnectorResult<{ externalId: string; url: string | null }>> {
  const config = configOf(channel);
  if (!config) return permanent("the channel has no Mastodon configuration");
  const result = await call(
    config,
    "/api/v1/statuses",
    {
      method: "POST",
      signal: input.signal,
      headers: { "Content-Type": "application/json", "Idempotency-Key": input.idempotencyKey },
      body: JSON.stringify({
        status: input.status,
        visibility: "public",
        ...(input.inReplyToId ? { in_reply_to_id: input.inReplyToId } : {}),
      }),
    },
    true,
  );
  if (!result.ok) return result;
  const { id, url } = result.value;
  if (typeof id !== "string" || !id)
    return { ok: false, kind: "unknown", reason: "Mastodon answered without a status id" };
  // The link is shown to the team as an href: only an http(s) address is kept, whatever the instance answered.
  return { ok: true, value: { externalId: id, url: httpUrlOrNull(url) } };
}

/** Status HTML (<p>, <br>, links, mentions) as plain text. */
export function statusText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

type MentionNotification = {
  type?: string;
  status?: {
    id?: string;
    in_reply_to_id?: string | null;
    content?: string;
    created_at?: string;
    account?: { acct?: string; display_name?: string };
  };
};

/** GET /api/v1/notifications?types[]=mention: mentions and replies to the account, returned oldest first. */
async function fetchMentions({ channel, sinceExternalId, signal }: FetchInboundRequest) {
  const config = configOf(channel);
  if (!config) return permanent("the channel has no Mastodon configuration");
  const query = new URLSearchParams({ "types[]": "mention", limit: "40" });
  if (sinceExternalId) query.set("since_id", sinceExternalId);
  const base = config.instanceUrl.replace(/\/$/, "");
  const result = await requestJsonList(`${base}/api/v1/notifications?${query}`, {
    method: "GET",
    signal,
    headers: { Authorization: `Bearer ${config.accessToken}`, Accept: "application/json" },
  });
  if (!result.ok) return result;
  const items: InboundItem[] = [];
  for (const n of result.value as MentionNotification[]) {
    const status = n?.status;
    if (n?.type !== "mention" || typeof status?.id !== "string" || typeof status.account?.acct !== "string") continue;
    items.push({
      externalId: status.id,
      inReplyToExternalId: typeof status.in_reply_to_id === "string" ? status.in_reply_to_id : null,
      body: statusText(status.content ?? "").slice(0, 5_000),
      author: { handle: `@${status.account.acct}`, displayName: status.account.display_name || status.account.acct },
      sentAt:
        status.created_at && !Number.isNaN(Date.parse(status.created_at)) ? new Date(status.created_at) : new Date(),
    });
  }
  // Mastodon lists newest first; ids are time-ordered snowflakes (compare by length, then text).
  items.sort((a, b) => a.externalId.length - b.externalId.length || a.externalId.localeCompare(b.externalId));
  return { ok: true as const, value: items };
}

export function mastodonConnector(): Connector {
  return {
    name: "mastodon",
    // Mastodon keeps idempotency keys for one hour (docs: "Idempotency-Key … stored for 1 hour"); stay inside it.
    idempotencyWindowMs: 55 * 60_000,
    publishPost: (r) =>
      postStatus(r.channel, { status: r.body, inReplyToId: null, idempotencyKey: r.idempotencyKey, signal: r.signal }),
    async sendReply(r) {
      const result = await postStatus(r.channel, {
        status: r.body,
        inReplyToId: r.inReplyToExternalId,
        idempotencyKey: r.idempotencyKey,
        signal: r.signal,
      });
      return result.ok ? { ok: true, value: { externalId: result.value.externalId } } : result;
    },
    async fetchMetrics({ channel, externalId, signal }) {
      const config = configOf(channel);
      if (!config) return permanent("the channel has no Mastodon configuration");
      if (!/^[A-Za-z0-9_-]{1,64}$/.test(externalId)) return permanent("not a Mastodon status id");
      const result = await call(config, `/api/v1/statuses/${externalId}`, { method: "GET", signal }, false);
      if (!result.ok) return result;
      const status = result.value;
      // Mastodon counts no impressions or reach: those stay 0 and the post counts for no engagement rate.
      return {
        ok: true,
        value: {
          impressions: 0,
          reach: 0,
          likes: count(status.favourites_count),
          comments: count(status.replies_count),
          shares: count(status.reblogs_count),
          saves: 0,
          clicks: 0,
        },
      };
    },
    fetchInbound: fetchMentions,
    async verifyConfig(channel, signal) {
      const config = configOf(channel);
      if (!config) return permanent("the channel has no Mastodon configuration");
      const result = await call(config, "/api/v1/accounts/verify_credentials", { method: "GET", signal }, false);
      if (!result.ok) return result;
      const acct = typeof result.value.acct === "string" ? result.value.acct : "?";
      return { ok: true, value: { detail: `signed in as @${acct}` } };
    },
  };
}
