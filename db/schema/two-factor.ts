import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./tenancy";

/**
 * A user's TOTP authenticator (RFC 6238). The shared secret is sealed with CURTAIN_SECRET_KEY (bound to the user),
 * never stored in the clear. `enabled_at` is null while the person is still setting it up (scanned, not yet
 * confirmed with a code); `last_time_step` is the newest 30-second step a code was accepted for, so a code cannot
 * be used twice (replay) even within its window.
 */
export const twoFactorAuthenticators = pgTable("two_factor_authenticators", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretSealed: text("secret_sealed").notNull(),
  enabledAt: ts("enabled_at"),
  lastTimeStep: integer("last_time_step").notNull().default(0),
  createdAt: ts("created_at").notNull().defaultNow(),
});

/** Single-use recovery codes, stored as SHA-256 hashes (they are random, so no slow hash is needed). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: ts("used_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    index("recovery_codes_user_idx")
      .on(t.userId)
      .where(sql`${t.usedAt} is null`),
  ],
);
