import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ts, workspaceRef } from "./columns";
import { roleEnum } from "./enums";
import { users } from "./tenancy";

/**
 * An admin's invitation of an email address into a workspace with a role. The person decides: an existing account
 * accepts or declines in the app, someone new opens the one-time link and chooses a name and password. Only the
 * link token's SHA-256 is stored; the token itself is shown to the admin once. At most one pending invitation per
 * workspace and email (inviting again replaces it).
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: workspaceRef(),
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    acceptedAt: ts("accepted_at"),
    acceptedByUserId: uuid("accepted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    declinedAt: ts("declined_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_unique").on(t.tokenHash),
    uniqueIndex("invitations_pending_unique")
      .on(t.workspaceId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.declinedAt} is null and ${t.revokedAt} is null`),
    // Serves "which invitations wait for me" (the signed-in person's email).
    index("invitations_email_idx").on(t.email),
    check("invitations_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export type Invitation = typeof invitations.$inferSelect;
