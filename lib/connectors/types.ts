import type { ConnectorConfig } from "@/lib/connectors/config";
import type { DbOrTx } from "@/db/connect";
import type { Platform } from "@/db/schema/enums";

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
  body: string;
  idempotencyKey: string;
  signal: AbortSignal;
};
export type FetchMetricsRequest = { channel: ConnectorChannel; externalId: string; signal: AbortSignal };
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
export type ConnectorFailure = { ok: false; kind: "transient" | "permanent"; reason: string };
export type ConnectorResult<T> = { ok: true; value: T } | ConnectorFailure;

export type Connector = {
  name: string;
  sendReply(request: SendReplyRequest): Promise<ConnectorResult<{ externalId: string }>>;
  publishPost(request: PublishPostRequest): Promise<ConnectorResult<{ externalId: string }>>;
  fetchMetrics(request: FetchMetricsRequest): Promise<ConnectorResult<PostMetrics>>;
  verifyConfig(channel: ConnectorChannel, signal: AbortSignal): Promise<ConnectorResult<null>>;
};

/** What a connector may use besides the network: the sandbox keeps its simulated network in the database. */
export type ConnectorDeps = { db: DbOrTx };

export const transient = (reason: string): ConnectorFailure => ({ ok: false, kind: "transient", reason });
export const permanent = (reason: string): ConnectorFailure => ({ ok: false, kind: "permanent", reason });
