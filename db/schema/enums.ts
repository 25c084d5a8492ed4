import { pgEnum } from "drizzle-orm/pg-core";

// Enum values are defined as `as const` tuples so lib/ (zod, permissions, UI) can reuse them without importing pg-core.
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

export const roleEnum = pgEnum("role", ROLES);
export const identityKindEnum = pgEnum("identity_kind", IDENTITY_KINDS);
export const identityStatusEnum = pgEnum("identity_status", IDENTITY_STATUSES);
export const platformEnum = pgEnum("platform", PLATFORMS);
export const connectorEnum = pgEnum("connector", CONNECTORS);
export const channelStatusEnum = pgEnum("channel_status", CHANNEL_STATUSES);
export const conversationKindEnum = pgEnum("conversation_kind", CONVERSATION_KINDS);
export const conversationStatusEnum = pgEnum("conversation_status", CONVERSATION_STATUSES);
export const priorityEnum = pgEnum("priority", PRIORITIES);
export const categoryEnum = pgEnum("category", CATEGORIES);
export const sentimentEnum = pgEnum("sentiment", SENTIMENTS);
export const directionEnum = pgEnum("direction", DIRECTIONS);
export const deliveryStatusEnum = pgEnum("delivery_status", DELIVERY_STATUSES);
export const postStatusEnum = pgEnum("post_status", POST_STATUSES);
export const targetStatusEnum = pgEnum("target_status", TARGET_STATUSES);
export const notificationKindEnum = pgEnum("notification_kind", NOTIFICATION_KINDS);
export const routingTargetEnum = pgEnum("routing_target", ROUTING_TARGETS);
