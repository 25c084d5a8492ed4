// The enums' values as `as const` tuples, with no imports: lib/ and client components use them without pulling
// drizzle's pg-core into the browser bundle (db/schema/enums.ts makes the PostgreSQL enums from them).
export const ROLES = ["admin", "manager", "social_media_manager", "community_manager", "analyst"] as const;
export const IDENTITY_KINDS = ["brand", "persona"] as const;
export const IDENTITY_STATUSES = ["active", "retired"] as const;
export const PLATFORMS = [
  "x",
  "instagram",
  "facebook",
  "linkedin",
  "tiktok",
  "youtube",
  "mastodon",
  "bluesky",
  "threads",
  "other",
] as const;
export const CONNECTORS = ["sandbox", "webhook", "mastodon"] as const;
export const CHANNEL_STATUSES = ["connected", "disconnected", "error"] as const;
export const CONVERSATION_KINDS = ["comment", "mention", "dm", "review"] as const;
export const CONVERSATION_STATUSES = ["open", "pending", "snoozed", "resolved"] as const;
export const PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export const CATEGORIES = ["praise", "criticism", "question", "other"] as const;
export const SENTIMENTS = ["positive", "neutral", "negative"] as const;
export const DIRECTIONS = ["inbound", "outbound"] as const;
export const DELIVERY_STATUSES = ["received", "queued", "sent", "failed"] as const;
export const POST_STATUSES = [
  "draft",
  "in_review",
  "approved",
  "scheduled",
  "published",
  "failed",
  "cancelled",
] as const;
export const NOTIFICATION_KINDS = ["mention", "sla_breach"] as const;
/** Where a routing rule sends a conversation: the brand, the voice that owns the channel, or one named identity. */
export const ROUTING_TARGETS = ["brand", "channel_voice", "identity"] as const;
/**
 * pending → publishing (a worker holds the lease and may have sent it) → published | failed; `unknown` when a
 * worker died mid-publish and the platform cannot tell whether it arrived: a person checks (never resent blindly).
 */
export const TARGET_STATUSES = ["pending", "publishing", "published", "failed", "unknown"] as const;

export type Role = (typeof ROLES)[number];
export type IdentityKind = (typeof IDENTITY_KINDS)[number];
export type Platform = (typeof PLATFORMS)[number];
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];
export type Priority = (typeof PRIORITIES)[number];
export type Category = (typeof CATEGORIES)[number];
export type PostStatus = (typeof POST_STATUSES)[number];
export type ConversationKind = (typeof CONVERSATION_KINDS)[number];
export type RoutingTarget = (typeof ROUTING_TARGETS)[number];
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type TargetStatus = (typeof TARGET_STATUSES)[number];
