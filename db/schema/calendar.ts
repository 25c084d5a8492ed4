import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { channels } from "./channels";
import { postStatusEnum, targetStatusEnum } from "./enums";
import { identities } from "./identities";
import { users } from "./tenancy";

export type ApprovalStep = {
  at: string;
  userId: string;
  // The post's history as its people see it; every step is also an audit event.
  action:
    | "created"
    | "submitted"
    | "approved"
    | "rejected"
    | "scheduled"
    | "unscheduled"
    | "rescheduled"
    | "returned_to_review"
    | "cancelled";
  comment?: string;
  from?: string;
};
export type MediaItem = { url: string; alt: string; kind: "image" | "video" };

export const posts = pgTable(
  "posts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    identityId: uuid("identity_id")
      .notNull()
      .references(() => identities.id, { onDelete: "restrict" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    media: jsonb("media").$type<MediaItem[]>().notNull().default([]),
    campaign: text("campaign"),
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: postStatusEnum("status").notNull().default("draft"),
    scheduledAt: ts("scheduled_at"),
    publishedAt: ts("published_at"),
    approvalTrail: jsonb("approval_trail").$type<ApprovalStep[]>().notNull().default([]),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // The calendar: a workspace's posts in a time window.
    index("posts_calendar_idx").on(t.workspaceId, t.scheduledAt),
    // The scheduler: due posts across workspaces.
    index("posts_due_idx").on(t.status, t.scheduledAt),
    // Unscheduled drafts are placed on the day they were created.
    index("posts_calendar_created_idx")
      .on(t.workspaceId, t.createdAt)
      .where(sql`${t.scheduledAt} is null`),
  ],
);

/** Internal discussion of a post: never published, visible to every member who sees the calendar. */
export const postComments = pgTable(
  "post_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("post_comments_post_idx").on(t.postId, t.createdAt)],
);

export const postTargets = pgTable(
  "post_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    // What the author wrote for this channel only (null: the base text).
    variant: text("variant"),
    // The text exactly as it goes out on this channel when it differs from posts.body: the variant, and a
    // persona's sign-off on an account the persona does not own (lib/identities/voice.ts). Publishing sends
    // body_override ?? posts.body.
    bodyOverride: text("body_override"),
    // Sent to the network so a retried publish cannot post twice.
    idempotencyKey: text("idempotency_key").notNull().unique(),
    externalId: text("external_id"),
    status: targetStatusEnum("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    publishedAt: ts("published_at"),
    // The platform's link to the published item, when it gives one.
    externalUrl: text("external_url"),
    // First time a worker may have sent it: how long the platform's idempotency window still covers a resend.
    firstSentAt: ts("first_sent_at"),
    // A worker holds the target while status = publishing until this time; after it, the target is reconciled.
    leaseExpiresAt: ts("lease_expires_at"),
    // When the metrics job should next take a snapshot (null: not published or no longer followed).
    metricsDueAt: ts("metrics_due_at"),
  },
  (t) => [
    uniqueIndex("post_targets_post_channel_unique").on(t.postId, t.channelId),
    index("post_targets_metrics_due_idx")
      .on(t.metricsDueAt)
      .where(sql`${t.metricsDueAt} is not null`),
    // Not on status = publishing: a value added to an enum cannot be used in the migration that adds it.
    index("post_targets_lease_idx")
      .on(t.leaseExpiresAt)
      .where(sql`${t.leaseExpiresAt} is not null`),
  ],
);

export const postMetrics = pgTable(
  "post_metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    postId: uuid("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    postTargetId: uuid("post_target_id")
      .notNull()
      .references(() => postTargets.id, { onDelete: "cascade" }),
    capturedAt: ts("captured_at").notNull().defaultNow(),
    impressions: integer("impressions").notNull().default(0),
    reach: integer("reach").notNull().default(0),
    likes: integer("likes").notNull().default(0),
    comments: integer("comments").notNull().default(0),
    shares: integer("shares").notNull().default(0),
    saves: integer("saves").notNull().default(0),
    clicks: integer("clicks").notNull().default(0),
  },
  (t) => [
    index("post_metrics_target_time_idx").on(t.postTargetId, t.capturedAt),
    index("post_metrics_post_idx").on(t.postId),
  ],
);

export type Post = typeof posts.$inferSelect;
