import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { channels } from "./channels";
import { identities } from "./identities";
import { messages } from "./inbox";
import { users } from "./tenancy";

/** One history import (CLI or Settings → Import): its progress, then its summary. */
export const importRuns = pgTable(
  "import_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    format: text("format").notNull(),
    fileName: text("file_name").notNull(),
    // Where an uploaded file waits for the job (Settings → Import); null for the CLI, which streams its own file.
    storedPath: text("stored_path"),
    status: text("status").notNull().default("queued"), // queued | staging | threading | done | failed
    bytesTotal: bigint("bytes_total", { mode: "number" }).notNull().default(0),
    bytesRead: bigint("bytes_read", { mode: "number" }).notNull().default(0),
    rowsRead: integer("rows_read").notNull().default(0),
    threadsTotal: integer("threads_total").notNull().default(0),
    threadsDone: integer("threads_done").notNull().default(0),
    summary: jsonb("summary"),
    error: text("error"),
    createdAt: ts("created_at").notNull().defaultNow(),
    finishedAt: ts("finished_at"),
  },
  (t) => [index("import_runs_workspace_idx").on(t.workspaceId, t.createdAt)],
);

/**
 * Rows of the file being imported, staged so threads can be rebuilt from the database instead of memory (a reply
 * may come before its parent in the file; a 1 GB file must not need 1 GB). Deleted when the run ends.
 */
export const importRows = pgTable(
  "import_rows",
  {
    runId: uuid("run_id")
      .notNull()
      .references(() => importRuns.id, { onDelete: "cascade" }),
    line: integer("line").notNull(),
    externalId: text("external_id").notNull(),
    parentId: text("parent_id"),
    inbound: boolean("inbound").notNull(),
    author: text("author").notNull(),
    authorName: text("author_name"),
    // The brand account an inbound row is addressed to, when the file says (native `channel`, twcs @mention).
    channelHint: text("channel_hint"),
    platform: text("platform").notNull(),
    createdAt: ts("created_at").notNull(),
    body: text("body").notNull(),
    signOff: text("sign_off"),
    rootId: text("root_id"),
  },
  (t) => [
    uniqueIndex("import_rows_run_external_unique").on(t.runId, t.externalId),
    index("import_rows_run_parent_idx").on(t.runId, t.parentId),
    index("import_rows_run_root_idx").on(t.runId, t.rootId, t.createdAt),
  ],
);

/** The sign-off an imported reply carried (normalised key such as "^mm"), so confirming a persona re-attributes it. */
export const importedSignOffs = pgTable(
  "imported_sign_offs",
  {
    messageId: uuid("message_id")
      .primaryKey()
      .references(() => messages.id, { onDelete: "cascade" }),
    workspaceId: workspaceRef(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    signOffKey: text("sign_off_key").notNull(),
  },
  (t) => [index("imported_sign_offs_key_idx").on(t.workspaceId, t.channelId, t.signOffKey)],
);

/** A sign-off seen on ≥ 3 replies of one brand account: a persona an admin may confirm, rename or merge. */
export const personaSuggestions = pgTable(
  "persona_suggestions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
    signOffKey: text("sign_off_key").notNull(),
    // The spelling seen most often, e.g. "^MM"; shown to the admin and used as the new persona's sign-off.
    signOff: text("sign_off").notNull(),
    replies: integer("replies").notNull(),
    status: text("status").notNull().default("pending"), // pending | confirmed | merged | dismissed
    identityId: uuid("identity_id").references(() => identities.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    decidedAt: ts("decided_at"),
  },
  (t) => [
    uniqueIndex("persona_suggestions_unique").on(t.workspaceId, t.channelId, t.signOffKey),
    index("persona_suggestions_pending_idx")
      .on(t.workspaceId)
      .where(sql`${t.status} = 'pending'`),
  ],
);

export type ImportRun = typeof importRuns.$inferSelect;
export type PersonaSuggestion = typeof personaSuggestions.$inferSelect;
