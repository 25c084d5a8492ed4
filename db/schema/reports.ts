import { boolean, date, integer, pgTable, smallint, unique, uuid } from "drizzle-orm/pg-core";
import { workspaceRef } from "./columns";
import { channels } from "./channels";
import { categoryEnum, identityKindEnum, priorityEnum } from "./enums";
import { identities } from "./identities";
import { users } from "./tenancy";

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
 */
const rollupColumns = () => ({
  workspaceId: workspaceRef(),
  // The responded-at day in the workspace's time zone.
  day: date("day", { mode: "string" }).notNull(),
  identityId: uuid("identity_id")
    .notNull()
    .references(() => identities.id, { onDelete: "cascade" }),
  identityKind: identityKindEnum("identity_kind").notNull(),
  priority: priorityEnum("priority").notNull(),
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
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => channels.id, { onDelete: "cascade" }),
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
 * The same histograms without member, channel and category: a few hundred rows per day however many responses,
 * which keeps year-long unfiltered reports (brand vs persona, per identity, SLA per priority) fast.
 */
export const responseRollupsByIdentity = pgTable("response_rollups_by_identity", rollupColumns(), (t) => [
  unique("response_rollups_by_identity_key").on(
    t.workspaceId,
    t.business,
    t.day,
    t.identityId,
    t.priority,
    t.isFirst,
    t.bucket,
  ),
]);
