import type { ConnectorConfig } from "@/lib/connectors/config";
import type { DbOrTx } from "@/db/connect";
import type { Platform } from "@/db/schema/enum-values";

/**
 * The one interface every connector (sandbox, webhook, mastodon, …) implements. Jobs call it; nothing else talks
 * to a network. Every call that changes something on the platform carries an idempotency key: a job may run twice
 * after a crash, and the platform must then answer with the first result instead of posting again.
 */
export type ConnectorChannel = {
  id: string;
  workspaceId: string;
  platform: Platform;
  handle: string;
  config: ConnectorConfig | null;
};

export type SendReplyRequest = {
  channel: ConnectorChannel;
  /** The platform's id of the item being answered (the last inbound message), when known. */
  inReplyToExternalId: string | null;
  body: string;
  idempotencyKey: string;
  signal: AbortSignal;
};
export type PublishPostRequest = {
  channel: ConnectorChannel;
  /** Our id of the post target (also in the webhook event). */
  targetId: string;
  body: string;
  idempotencyKey: string;
  signal: AbortSignal;
};
export type Published = { externalId: string; url: string | null };
export type FetchMetricsRequest = {
  channel: ConnectorChannel;
  externalId: string;
  signal: AbortSignal;
  /** What the sandbox's simulated audience needs; real platforms ignore it. */
  target?: { id: string; publishedAt: Date; identityKind: "brand" | "persona" };
};
/** Something a platform user wrote to or about the account: a mention, or a reply to one of its posts. */
export type InboundItem = {
  externalId: string;
  /** The platform id of what it answers (one of our posts or replies), when it answers something. */
  inReplyToExternalId: string | null;
  body: string;
  author: { handle: string; displayName: string };
  sentAt: Date;
};
export type FetchInboundRequest = { channel: ConnectorChannel; sinceExternalId: string | null; signal: AbortSignal };
export type LookupRequest = { channel: ConnectorChannel; idempotencyKey: string; signal: AbortSignal };
export type PostMetrics = {
  impressions: number;
  reach: number;
  likes: number;
  comments: number;
  shares: number;
  saves: number;
  clicks: number;
};

/**
 * `transient`: worth retrying (timeout, 5xx, rate limit, network down). `permanent`: retrying cannot help
 * (rejected content, revoked credentials, deleted parent) — the message fails at once with the reason.
 */
export type ConnectorFailure = {
  ok: false;
  /** `unknown`: the platform may have accepted it (e.g. a 2xx without an id) — a person checks, no resend. */
  kind: "transient" | "permanent" | "unknown";
  reason: string;
  /** A transient failure's earliest sensible retry (429 Retry-After), in ms. */
  retryAfterMs?: number;
};
export type ConnectorResult<T> = { ok: true; value: T } | ConnectorFailure;

export type Connector = {
  name: string;
  sendReply(request: SendReplyRequest): Promise<ConnectorResult<{ externalId: string }>>;
  publishPost(request: PublishPostRequest): Promise<ConnectorResult<Published>>;
  fetchMetrics(request: FetchMetricsRequest): Promise<ConnectorResult<PostMetrics>>;
  /** Checks the configuration live (credentials, reachability); the value says what was found. */
  verifyConfig(channel: ConnectorChannel, signal: AbortSignal): Promise<ConnectorResult<{ detail: string }>>;
  /** New mentions and replies since the given platform id, oldest first (connectors that poll). */
  fetchInbound?(request: FetchInboundRequest): Promise<ConnectorResult<InboundItem[]>>;
  /**
   * After a worker died mid-publish: did the platform accept this idempotency key? `null` = certainly not.
   * Connectors whose platform cannot answer leave it out.
   */
  findPublished?(request: LookupRequest): Promise<ConnectorResult<Published | null>>;
  /**
   * How long the platform answers a resend with the same idempotency key with the first result instead of posting
   * again (Mastodon: 1 hour; the sandbox: forever; a webhook bridge: unknown = 0). Within it a resend is safe.
   */
  idempotencyWindowMs: number;
};

/** What a connector may use besides the network: the sandbox keeps its simulated network in the database. */
export type ConnectorDeps = { db: DbOrTx };

export const transient = (reason: string, retryAfterMs?: number): ConnectorFailure =>
  retryAfterMs === undefined
    ? { ok: false, kind: "transient", reason }
    : { ok: false, kind: "transient", reason, retryAfterMs };
export const unknownOutcome = (reason: string): ConnectorFailure => ({ ok: false, kind: "unknown", reason });
export const permanent = (reason: string): ConnectorFailure => ({ ok: false, kind: "permanent", reason });
