import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";

/** Weekly schedule: ISO weekday (1 = Monday … 7 = Sunday) → list of [start, end] in "HH:MM" local time. */
export type BusinessHours = Partial<Record<"1" | "2" | "3" | "4" | "5" | "6" | "7", [string, string][]>>;
/** First-response targets in minutes per conversation priority. */
export type SlaTargets = { urgent: number; high: number; normal: number; low: number };

export const workspaces = pgTable("workspaces", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  timezone: text("timezone").notNull().default("UTC"),
  defaultLocale: text("default_locale").notNull().default("en"),
  businessHours: jsonb("business_hours").$type<BusinessHours>().notNull().default({}),
  slaTargets: jsonb("sla_targets")
    .$type<SlaTargets>()
    .notNull()
    .default({ urgent: 15, high: 60, normal: 240, low: 1440 }),
  // Members must have two-factor sign-in turned on to use this workspace (they are sent to their profile to set it up).
  requireTwoFactor: boolean("require_two_factor").notNull().default(false),
  // When true the SLA clock only runs inside business hours and skips closed days (lib/sla/due.ts).
  slaBusinessHours: boolean("sla_business_hours").notNull().default(false),
  // Holidays and other closed days, local dates "YYYY-MM-DD" in the workspace's time zone.
  closedDays: jsonb("closed_days").$type<string[]>().notNull().default([]),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    locale: text("locale").notNull().default("en"),
    avatarUrl: text("avatar_url"),
    active: boolean("active").notNull().default(true),
    // Bumped to end every session of this user (deactivation, password change, role change).
    sessionVersion: integer("session_version").notNull().default(1),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    // Emails are stored lower-cased so the unique index is case-insensitive in effect.
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    // Deactivation is per membership, not users.active: an admin of one workspace (an agency's client) must not
    // lock a person out of the other workspaces they belong to. A deactivated membership is invisible to
    // getMembership / listMembershipsForUser, so every page, action and route in this workspace refuses at once.
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_workspace_user_unique").on(t.workspaceId, t.userId),
    // Serves "which workspaces does this user belong to" (switcher, landing redirect).
    index("memberships_user_idx").on(t.userId),
  ],
);

// Sign-in attempt counters (a verified password forgives them), kept in the database so every app server sees the same throttle.
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  // The last attempt that was let through: progressive delays count from it (db/queries/login-throttle.ts).
  lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }).notNull().defaultNow(),
});

export type Workspace = typeof workspaces.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
