import { sql } from "drizzle-orm";
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { identityKindEnum, identityStatusEnum } from "./enums";
import { users, workspaces } from "./tenancy";

export type VoiceGuide = { tone: string; use: string[]; avoid: string[]; banned: string[] };

export const identities = pgTable(
  "identities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: identityKindEnum("kind").notNull(),
    displayName: text("display_name").notNull(),
    handle: text("handle"),
    avatarUrl: text("avatar_url"),
    bio: text("bio").notNull().default(""),
    languages: text("languages").array().notNull().default(sql`'{}'::text[]`),
    voiceGuide: jsonb("voice_guide")
      .$type<VoiceGuide>()
      .notNull()
      .default({ tone: "", use: [], avoid: [], banned: [] }),
    // Appended when a persona answers through a brand account, e.g. "-Becky" or "^JAY".
    signOff: text("sign_off"),
    disclosure: text("disclosure"),
    status: identityStatusEnum("status").notNull().default("active"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Exactly one brand voice per workspace.
    uniqueIndex("identities_one_brand_per_workspace").on(t.workspaceId).where(sql`${t.kind} = 'brand'`),
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
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.identityId, t.userId] }),
    // Serves "which personas may this user speak as" (profile menu, reply composer).
    index("identity_operators_user_idx").on(t.workspaceId, t.userId),
  ],
);

export type Identity = typeof identities.$inferSelect;
