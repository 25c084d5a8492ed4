import { sql, type SQL } from "drizzle-orm";
import type { ResponseFilters } from "./reports-histograms";

export type Period = "day" | "week" | "month";

/** What the community, volume and engagement reports read: whole local days of the workspace, bucketed by `period`. */
export type ReportSlice = {
  workspaceId: string;
  from: Date;
  to: Date;
  timezone: string;
  period: Period;
  filters?: ResponseFilters;
};

/**
 * The bucket of an instant as a local date (YYYY-MM-DD): its day, its Monday or the first of its month in the
 * workspace's zone — the same labels as the response-time series (db/queries/reports-histograms.ts).
 */
export function bucketSql(instant: SQL, timezone: string, period: Period): SQL {
  const day = sql`(${instant} at time zone ${timezone})::date`;
  if (period === "day") return sql`${day}::text`;
  return sql`date_trunc(${period}, ${day})::date::text`;
}

/**
 * The report filters applied to conversations (alias `c`): channel, category, the voice the conversation is routed
 * to (identity or kind) and, for the member filter, its assignee. `withCategory: false` leaves the category out for
 * metrics that are about categories themselves (critic → fan).
 */
export function conversationScope(
  workspaceId: string,
  filters: ResponseFilters = {},
  { withCategory = true }: { withCategory?: boolean } = {},
): SQL {
  const parts: SQL[] = [sql`c.workspace_id = ${workspaceId}`];
  if (filters.channelIds?.length) parts.push(sql`c.channel_id::text in ${filters.channelIds}`);
  if (filters.identityIds?.length) parts.push(sql`c.identity_id::text in ${filters.identityIds}`);
  if (filters.identityKind)
    parts.push(
      sql`c.identity_id in (select i.id from identities i where i.workspace_id = ${workspaceId} and i.kind = ${filters.identityKind})`,
    );
  if (filters.userIds?.length) parts.push(sql`c.assignee_id::text in ${filters.userIds}`);
  if (withCategory && filters.categories?.length) parts.push(sql`c.category::text in ${filters.categories}`);
  return sql.join(parts, sql` and `);
}

/**
 * FROM clause: conversations (alias `c`) that may hold a message in [from, to). last_message_at is the latest
 * message's time (ingestion and import keep the greatest), so older history is never read: each status is a
 * bounded range of conversations_status_recent_idx (workspace, status, last_message_at), and each conversation's
 * messages in the range one probe of messages_conversation_idx. On the seeded demo (30 days, before ANALYZE) the
 * plans are exactly that, about 1 ms each; after ANALYZE such small tables are read sequentially, as they should be.
 */
export const activeConversations = (workspaceId: string, from: Date) =>
  sql`unnest(array['open', 'pending', 'snoozed', 'resolved']::conversation_status[]) as st(status)
      join conversations c on c.workspace_id = ${workspaceId} and c.status = st.status
       and c.last_message_at >= ${from.toISOString()}::timestamptz`;
