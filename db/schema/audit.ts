import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { users } from "./tenancy";

export const auditEvents = pgTable(
  "audit_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    actorUserId: uuid("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id"),
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  // Newest-first keyset pagination over (created_at, id).
  (t) => [
    index("audit_events_workspace_time_idx").on(t.workspaceId, t.createdAt, t.id),
    // One object's history, newest first: the audit log reads the previous status change of a conversation from it.
    index("audit_events_object_time_idx").on(t.workspaceId, t.objectId, t.createdAt, t.id),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
