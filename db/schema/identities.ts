import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { identityKindEnum, identityStatusEnum } from "./enums";
import { users } from "./tenancy";

export type VoiceGuide = { tone: string; use: string[]; avoid: string[]; banned: string[] };

export const identities = pgTable(
  "identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    kind: identityKindEnum("kind").notNull(),
    displayName: text("display_name").notNull(),
    handle: text("handle"),
    avatarUrl: text("avatar_url"),
    bio: text("bio").notNull().default(""),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    voiceGuide: jsonb("voice_guide")
      .$type<VoiceGuide>()
      .notNull()
      .default({ tone: "", use: [], avoid: [], banned: [] }),
    // Appended when a persona answers through a brand account, e.g. "-Becky" or "^JAY".
    signOff: text("sign_off"),
    disclosure: text("disclosure"),
    status: identityStatusEnum("status").notNull().default("active"),
    // Optimistic concurrency for edits: two managers editing the same persona must not overwrite each other.
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    // Exactly one brand voice per workspace.
    uniqueIndex("identities_one_brand_per_workspace")
      .on(t.workspaceId)
      .where(sql`${t.kind} = 'brand'`),
    index("identities_workspace_idx").on(t.workspaceId, t.kind),
  ],
);

export const identityOperators = pgTable(
  "identity_operators",
  {
    identityId: uuid("identity_id")
      .notNull()
      .references(() => identities.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    workspaceId: workspaceRef(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.identityId, t.userId] }),
    // Serves "which personas may this user speak as" (profile menu, reply composer).
    index("identity_operators_user_idx").on(t.workspaceId, t.userId),
  ],
);

export type Identity = typeof identities.$inferSelect;
