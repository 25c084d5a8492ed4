import { sql } from "drizzle-orm";
import { index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { users } from "./tenancy";

/**
 * Personal API tokens: a token acts as its user in one workspace, limited to its scopes and the user's current
 * role. Only the SHA-256 of the token is stored (tokens are 256 random bits, so a fast hash is enough); the
 * prefix lets people tell tokens apart in the list without revealing them.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    prefix: text("prefix").notNull(),
    // Permission names, or ["all"] for whatever the user's role allows at the time of each request.
    scopes: text("scopes")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    expiresAt: ts("expires_at"),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
    createdById: uuid("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("api_tokens_hash_unique").on(t.tokenHash),
    index("api_tokens_workspace_idx").on(t.workspaceId, t.createdAt),
  ],
);

/**
 * Fixed-window request counters shared by every app instance (API tokens, inbound channels): one row per key and
 * window, incremented with an upsert. Old windows are pruned as new ones are written.
 */
export const rateLimitCounters = pgTable(
  "rate_limit_counters",
  {
    key: text("key").notNull(),
    windowStart: ts("window_start").notNull(),
    count: integer("count").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] }), index("rate_limit_counters_window_idx").on(t.windowStart)],
);

export type ApiToken = typeof apiTokens.$inferSelect;
