import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { channelStatusEnum, connectorEnum, platformEnum } from "./enums";
import { identities } from "./identities";

export const channels = pgTable(
  "channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    platform: platformEnum("platform").notNull(),
    handle: text("handle").notNull(),
    // The voice that owns the account: the brand account, or a persona's own account.
    identityId: uuid("identity_id")
      .notNull()
      .references(() => identities.id, { onDelete: "restrict" }),
    connector: connectorEnum("connector").notNull().default("sandbox"),
    // AES-256-GCM ciphertext of the connector's secrets; never sent to the browser.
    configEncrypted: text("config_encrypted"),
    // The inbound webhook secret, sealed like the connector config (bound to the channel); null until generated.
    inboundSecretEncrypted: text("inbound_secret_encrypted"),
    status: channelStatusEnum("status").notNull().default("connected"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("channels_workspace_platform_handle_unique").on(t.workspaceId, t.platform, t.handle)],
);

export const contacts = pgTable(
  "contacts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    platform: platformEnum("platform").notNull(),
    handle: text("handle").notNull(),
    displayName: text("display_name").notNull(),
    // Free labels such as fan, critic, vip.
    labels: text("labels")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("contacts_workspace_platform_handle_unique").on(t.workspaceId, t.platform, t.handle),
    index("contacts_workspace_last_seen_idx").on(t.workspaceId, t.lastSeenAt),
    // Queue text search over contact names and handles (pg_trgm).
    index("contacts_name_trgm_idx").using("gin", t.displayName.op("gin_trgm_ops"), t.handle.op("gin_trgm_ops")),
  ],
);

export type Channel = typeof channels.$inferSelect;
export type Contact = typeof contacts.$inferSelect;
