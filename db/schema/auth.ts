import { index, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { users } from "./tenancy";

/**
 * One row per signed-in browser. The session cookie (a signed JWT) carries this id, and every request checks that
 * the row is still live, so signing out ends exactly this session on the server while the person's other devices
 * stay signed in. `users.session_version` still ends all of them at once (password change, deactivation).
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: ts("created_at").notNull().defaultNow(),
    // Written at most every few minutes (see touchSession), not on every request.
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    userAgent: text("user_agent"),
    revokedAt: ts("revoked_at"),
  },
  // Serves pruning a user's ended sessions when a new one starts.
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;

/**
 * Addresses an account signed in from successfully. A sign-in from one of them skips the per-account limit, so
 * someone hammering the account from elsewhere slows only themselves, not its owner (lib/auth/credentials.ts).
 */
export const loginKnownAddresses = pgTable(
  "login_known_addresses",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    address: text("address").notNull(),
    lastSuccessAt: ts("last_success_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.address] })],
);
