import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { channels, contacts } from "./channels";
import {
  categoryEnum,
  conversationKindEnum,
  conversationStatusEnum,
  deliveryStatusEnum,
  directionEnum,
  identityKindEnum,
  notificationKindEnum,
  priorityEnum,
  sentimentEnum,
} from "./enums";
import { identities } from "./identities";
import { users } from "./tenancy";

/**
 * The queue's default order is SLA due first with nulls last; as an index expression the nulls become a far-future
 * time, so one ascending (key, id) keyset serves it. Queries must use this exact expression to match the index.
 */
export const SLA_SORT_NULL = "9999-12-31T00:00:00.000000Z";
export function slaSortKey(column: AnyPgColumn) {
  return sql<string>`coalesce(${column}, '9999-12-31 00:00:00+00'::timestamptz)`;
}

export const conversations = pgTable(
  "conversations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    contactId: uuid("contact_id")
      .notNull()
      .references(() => contacts.id, { onDelete: "cascade" }),
    kind: conversationKindEnum("kind").notNull(),
    status: conversationStatusEnum("status").notNull().default("open"),
    priority: priorityEnum("priority").notNull().default("normal"),
    category: categoryEnum("category").notNull().default("other"),
    sentiment: sentimentEnum("sentiment").notNull().default("neutral"),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    // The voice the conversation is routed to (brand or a persona).
    identityId: uuid("identity_id").references(() => identities.id, { onDelete: "set null" }),
    preview: text("preview").notNull().default(""),
    // Start of the current unanswered wait; null when the last inbound message has been answered.
    waitingSince: ts("waiting_since"),
    firstResponseAt: ts("first_response_at"),
    slaDueAt: ts("sla_due_at"),
    snoozedUntil: ts("snoozed_until"),
    lastMessageAt: ts("last_message_at").notNull().defaultNow(),
    // Optimistic concurrency: every update says which version it read.
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    // The reply queue: open items of a workspace, oldest wait first.
    index("conversations_queue_idx").on(t.workspaceId, t.status, t.waitingSince),
    // Queue views sorted by SLA due (nulls last through the sort key). EXPLAIN (ANALYZE, BUFFERS) of each list
    // query (db/queries/queue-list.ts), measured by `QUEUE_EXPLAIN=1 npm run bench -- queue` on PostgreSQL 15 with
    // 300,000 conversations in the workspace (36,133 open) + 9 × 5,000 noise, first page of 50:
    //
    // My queue (view=mine) — Limit → Nested Loop → Index Scan using conversations_assignee_sla_idx
    //   Index Cond: (workspace_id = …) AND (assignee_id = …) AND (status = 'open'); rows=51; Execution Time: 0.520 ms
    index("conversations_assignee_sla_idx").on(t.workspaceId, t.assigneeId, t.status, slaSortKey(t.slaDueAt), t.id),
    // Claim next and the Unassigned view: only open, unassigned work, in SLA order — small, and already sorted, so
    // a claim reads one entry (plus the ones other claimers hold locked) whatever the history's size.
    // Unassigned (view=unassigned) — Index Scan using conversations_unassigned_open_idx
    //   Index Cond: (workspace_id = …); rows=51; Execution Time: 0.522 ms
    index("conversations_unassigned_open_idx")
      .on(t.workspaceId, slaSortKey(t.slaDueAt), t.id)
      .where(sql`${t.assigneeId} IS NULL AND ${t.status} = 'open'`),
    // Brand and persona views (identity_id = …):
    // Brand (view=brand) — Index Scan using conversations_identity_sla_idx
    //   Index Cond: (workspace_id = …) AND (identity_id = <brand>) AND (status = 'open'); rows=51; Execution Time: 0.491 ms
    // Persona (view=persona:<id>) — the same index, identity_id = <persona>; rows=51; Execution Time: 0.500 ms
    index("conversations_identity_sla_idx").on(t.workspaceId, t.identityId, t.status, slaSortKey(t.slaDueAt), t.id),
    // All (and any view whose other filters are not selective):
    // All (view=all) — Index Scan using conversations_status_sla_idx
    //   Index Cond: (workspace_id = …) AND (status = 'open'); rows=51; Execution Time: 0.706 ms
    // Page 100 of All via keyset — the same index, Index Cond adds the row comparison (key, id) > (cursor);
    //   rows=51; Execution Time: 0.810 ms (page 1 and page 100 cost the same: no OFFSET)
    // Not served by an ordered index (bitmap + filter + sort): all&sla=breached&priority=urgent 181 ms (reads all
    //   open rows of the workspace); Mentions of me 54 ms for 300 mentioned conversations (GIN notes_mentions_idx,
    //   then one heap visit each); text search 40–70 ms (see db/queries/queue-search.ts).
    index("conversations_status_sla_idx").on(t.workspaceId, t.status, slaSortKey(t.slaDueAt), t.id),
    // The sidebar's counts: only open work is indexed, so counting costs the size of the backlog, not of history.
    index("conversations_open_counts_idx")
      .on(t.workspaceId, t.identityId, t.assigneeId)
      .where(sql`${t.status} = 'open'`),
    // The queue's keyset pages: one status of a workspace, newest activity first, seeking on (last_message_at, id).
    // Also sort=newest|oldest of All: view=all&sort=newest — Index Scan Backward using conversations_status_recent_idx;
    //   rows=51; Execution Time: 0.823 ms
    index("conversations_status_recent_idx").on(t.workspaceId, t.status, t.lastMessageAt, t.id),
    index("conversations_contact_idx").on(t.contactId),
    // The reports' one-row-per-conversation export: conversations created in a period, read in keyset batches.
    index("conversations_created_idx").on(t.workspaceId, t.createdAt, t.id),
    // The SLA breach sweep (db/queries/notifications.ts notifySlaBreaches): waiting conversations across workspaces whose due time has passed.
    index("conversations_sla_breach_idx")
      .on(t.slaDueAt)
      .where(sql`${t.waitingSince} IS NOT NULL AND ${t.status} IN ('open', 'pending')`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    direction: directionEnum("direction").notNull(),
    body: text("body").notNull(),
    // The network's id; unique per channel so re-delivered webhooks are ignored.
    externalId: text("external_id"),
    identityId: uuid("identity_id").references(() => identities.id, { onDelete: "restrict" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    // Auto-replies do not stop the response clock.
    automated: boolean("automated").notNull().default(false),
    deliveryStatus: deliveryStatusEnum("delivery_status").notNull().default("received"),
    attempts: integer("attempts").notNull().default(0),
    error: text("error"),
    // Sent to the connector with every delivery attempt of an outbound message, so a retried job (or a Retry
    // click) after the network accepted the message returns the same external id instead of posting twice.
    idempotencyKey: text("idempotency_key"),
    deliveredAt: ts("delivered_at"),
    sentAt: ts("sent_at").notNull().defaultNow(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("messages_channel_external_unique").on(t.channelId, t.externalId),
    uniqueIndex("messages_idempotency_key_unique").on(t.idempotencyKey),
    index("messages_conversation_idx").on(t.conversationId, t.sentAt),
    // Queue text search (pg_trgm, in PostgreSQL 15 and the embedded 18): ILIKE '%…%' through the index.
    index("messages_body_trgm_idx").using("gin", t.body.op("gin_trgm_ops")),
    // Replies per voice in a period (identity activity, reports): outbound messages of a workspace by time.
    index("messages_outbound_time_idx")
      .on(t.workspaceId, t.sentAt)
      .where(sql`${t.direction} = 'outbound'`),
    // Every outgoing word is attributed to a voice.
    check("messages_outbound_has_identity", sql`${t.direction} = 'inbound' OR ${t.identityId} IS NOT NULL`),
  ],
);

export const notes = pgTable(
  "notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    // Members named with @ in the body (checked against the workspace's members when the note is written).
    mentions: uuid("mentions")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("notes_conversation_idx").on(t.conversationId, t.createdAt),
    // The "Mentions of me" view: notes naming a member.
    index("notes_mentions_idx").using("gin", t.mentions),
  ],
);

/** Something a member should look at (today: an @mention in a note), until they open it. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKindEnum("kind").notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    conversationId: uuid("conversation_id").references(() => conversations.id, { onDelete: "cascade" }),
    noteId: uuid("note_id").references(() => notes.id, { onDelete: "cascade" }),
    excerpt: text("excerpt").notNull().default(""),
    readAt: ts("read_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    // The header menu: one member's newest notifications in one workspace, and the unread count.
    index("notifications_user_recent_idx").on(t.userId, t.workspaceId, t.createdAt, t.id),
    index("notifications_user_unread_idx")
      .on(t.userId, t.workspaceId)
      .where(sql`${t.readAt} IS NULL`),
  ],
);

export const savedReplies = pgTable(
  "saved_replies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    // Optional: a reply written for one voice only.
    identityId: uuid("identity_id").references(() => identities.id, { onDelete: "cascade" }),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("saved_replies_workspace_title_unique").on(t.workspaceId, t.title)],
);

export const tags = pgTable(
  "tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    name: text("name").notNull(),
    color: text("color").notNull().default("zinc"),
  },
  (t) => [uniqueIndex("tags_workspace_name_unique").on(t.workspaceId, t.name)],
);

export const conversationTags = pgTable(
  "conversation_tags",
  {
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.tagId] }), index("conversation_tags_tag_idx").on(t.tagId)],
);

// One row per answered wait: the fact table behind response-time reports.
export const responses = pgTable(
  "responses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    messageId: uuid("message_id")
      .notNull()
      .unique()
      .references(() => messages.id, { onDelete: "cascade" }),
    identityId: uuid("identity_id")
      .notNull()
      .references(() => identities.id, { onDelete: "restrict" }),
    identityKind: identityKindEnum("identity_kind").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    priority: priorityEnum("priority").notNull(),
    category: categoryEnum("category").notNull().default("other"),
    waitStartedAt: ts("wait_started_at").notNull(),
    respondedAt: ts("responded_at").notNull(),
    responseSeconds: integer("response_seconds").notNull(),
    businessSeconds: integer("business_seconds"),
    isFirst: boolean("is_first").notNull(),
  },
  (t) => [
    index("responses_workspace_time_idx").on(t.workspaceId, t.respondedAt),
    // A conversation's first response (the reports' conversation export); partial, so it stays small.
    index("responses_first_idx")
      .on(t.conversationId)
      .where(sql`${t.isFirst}`),
  ],
);

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type Note = typeof notes.$inferSelect;
export type SavedReply = typeof savedReplies.$inferSelect;
