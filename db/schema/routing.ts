import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { categoryEnum, conversationKindEnum, priorityEnum, routingTargetEnum } from "./enums";
import { identities } from "./identities";
import { conversations } from "./inbox";
import { users } from "./tenancy";

/**
 * Ordered routing rules: the first enabled rule whose conditions all hold decides where a new conversation goes
 * (lib/routing). An empty condition list matches anything; within one list any value matches. Rules only act when
 * a conversation is created, so editing them never rewrites history.
 */
export const routingRules = pgTable(
  "routing_rules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    categories: categoryEnum("categories")
      .array()
      .notNull()
      .default(sql`'{}'`),
    kinds: conversationKindEnum("kinds")
      .array()
      .notNull()
      .default(sql`'{}'`),
    channelIds: uuid("channel_ids")
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    keywords: text("keywords")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    contactLabels: text("contact_labels")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    target: routingTargetEnum("target").notNull(),
    // Restrict, not cascade: identities are retired, never deleted, and a rule must not vanish silently.
    targetIdentityId: uuid("target_identity_id").references(() => identities.id, { onDelete: "restrict" }),
    assigneeId: uuid("assignee_id").references(() => users.id, { onDelete: "set null" }),
    priority: priorityEnum("priority"),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // Rules of a workspace in evaluation order (every new conversation reads them).
    index("routing_rules_workspace_position_idx").on(t.workspaceId, t.position),
    check("routing_rules_identity_target", sql`(${t.target} = 'identity') = (${t.targetIdentityId} IS NOT NULL)`),
  ],
);

/**
 * One row per breached wait that has been notified: the breach sweep inserts here first and notifies only when the
 * insert took, so a wait is announced once however often the sweep runs (or runs twice at once).
 */
export const slaBreachNotices = pgTable(
  "sla_breach_notices",
  {
    conversationId: uuid("conversation_id")
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    waitingSince: ts("waiting_since").notNull(),
    workspaceId: workspaceRef(),
    notifiedAt: ts("notified_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.waitingSince] })],
);

export type RoutingRule = typeof routingRules.$inferSelect;
