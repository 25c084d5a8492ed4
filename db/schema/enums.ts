import { pgEnum } from "drizzle-orm/pg-core";
import {
  ROLES,
  IDENTITY_KINDS,
  IDENTITY_STATUSES,
  PLATFORMS,
  CONNECTORS,
  CHANNEL_STATUSES,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  PRIORITIES,
  CATEGORIES,
  SENTIMENTS,
  DIRECTIONS,
  DELIVERY_STATUSES,
  POST_STATUSES,
  NOTIFICATION_KINDS,
  ROUTING_TARGETS,
  TARGET_STATUSES,
} from "./enum-values";

export * from "./enum-values";

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
