import { boolean, date, integer, pgTable, smallint, unique, uuid } from "drizzle-orm/pg-core";
import { workspaceRef } from "./columns";
import { categoryEnum, identityKindEnum, priorityEnum } from "./enums";

/*
 * Report rollups: daily, mergeable histograms of response times (lib/metrics/histogram.ts defines the log-width
 * buckets; the SQL function response_bucket() mirrors it). A percentile over any range and any filter is read from
 * the summed bucket counts, never from averaged daily percentiles. `within_target` counts the responses inside
 * the workspace's SLA target for their priority, so attainment is exact whatever the bucket edges.
 *
 * Both tables are maintained by statement-level triggers on `responses` (migration 0007): same transaction as
 * the write, so every writer (replies, ingestion, import, COPY) is covered and a rolled-back reply leaves no
 * trace. `npm run rollups -- --rebuild` recomputes them; a change of a workspace's time zone or SLA targets
 * recomputes that workspace's rows in the same transaction.
 *
 * Identity, member and channel ids carry no foreign keys on purpose: the rows are derived, and when a member or
 * channel goes, the trigger on `responses` (set null / cascade there) moves or subtracts the counts; a cascade here
 * would race it.
 */
const rollupColumns = () => ({
  workspaceId: workspaceRef(),
  // The responded-at day in the workspace's time zone.
  day: date("day", { mode: "string" }).notNull(),
  identityId: uuid("identity_id").notNull(),
  identityKind: identityKindEnum("identity_kind").notNull(),
  isFirst: boolean("is_first").notNull(),
  // false: calendar seconds; true: business seconds (responses without business seconds are left out).
  business: boolean("business").notNull(),
  bucket: smallint("bucket").notNull(),
  responses: integer("responses").notNull(),
  withinTarget: integer("within_target").notNull(),
});

/** Every dimension a report filters on: identity, member, channel, category, priority, first response. */
export const responseRollups = pgTable(
  "response_rollups",
  {
    ...rollupColumns(),
    priority: priorityEnum("priority").notNull(),
    userId: uuid("user_id"),
    channelId: uuid("channel_id").notNull(),
    category: categoryEnum("category").notNull(),
  },
  (t) => [
    unique("response_rollups_key")
      .on(
        t.workspaceId,
        t.business,
        t.day,
        t.identityId,
        t.userId,
        t.channelId,
        t.category,
        t.priority,
        t.isFirst,
        t.bucket,
      )
      .nullsNotDistinct(),
  ],
);

/**
 * The same histograms per identity only (no member, channel, category or priority): a few thousand rows per day
 * however many responses, for unfiltered reports (brand vs persona, per identity, by day).
 */
export const responseRollupsByIdentity = pgTable("response_rollups_by_identity", rollupColumns(), (t) => [
  unique("response_rollups_by_identity_key").on(t.workspaceId, t.business, t.day, t.identityId, t.isFirst, t.bucket),
]);

/**
 * Per identity and Monday-based week (`day` is the Monday): year-long reports read ~52 rows per bucket instead of
 * ~365; the partial weeks at either end of a range come from the daily table.
 */
export const responseRollupsByIdentityWeekly = pgTable("response_rollups_by_identity_weekly", rollupColumns(), (t) => [
  unique("response_rollups_by_identity_weekly_key").on(
    t.workspaceId,
    t.business,
    t.day,
    t.identityId,
    t.isFirst,
    t.bucket,
  ),
]);

/** SLA counts per identity and priority per day (no histogram): attainment per priority stays exact and tiny. */
export const responseSlaDaily = pgTable(
  "response_sla_daily",
  {
    workspaceId: workspaceRef(),
    day: date("day", { mode: "string" }).notNull(),
    identityId: uuid("identity_id").notNull(),
    identityKind: identityKindEnum("identity_kind").notNull(),
    priority: priorityEnum("priority").notNull(),
    isFirst: boolean("is_first").notNull(),
    business: boolean("business").notNull(),
    responses: integer("responses").notNull(),
    withinTarget: integer("within_target").notNull(),
  },
  (t) => [unique("response_sla_daily_key").on(t.workspaceId, t.business, t.day, t.identityId, t.priority, t.isFirst)],
);
