import { sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import type { Category } from "../schema/enums";
import { activeConversations, bucketSql, conversationScope, type ReportSlice } from "./reports-scope";

/** A contact with inbound messages on at least this many distinct local days of the period is returning. */
export const RETURNING_DAYS = 3;

export type CommunityTotals = { uniqueContacts: number; returningContacts: number };
export type CategoryMixRow = { period: string } & Record<Category, number>;
export type Conversion = {
  contactId: string;
  name: string;
  handle: string;
  criticisedAt: Date;
  praisedAt: Date;
  conversationId: string;
};

/**
 * Unique contacts (wrote at least one inbound message in the period, in conversations matching the filters) and
 * returning contacts (did so on RETURNING_DAYS or more distinct days in the workspace's zone).
 */
export async function communityTotals(db: DbOrTx, q: ReportSlice): Promise<CommunityTotals> {
  const [row] = await db.execute<CommunityTotals>(sql`
    select count(*)::int as "uniqueContacts", count(*) filter (where days >= ${RETURNING_DAYS})::int as "returningContacts"
      from (
        select c.contact_id, count(distinct (m.sent_at at time zone ${q.timezone})::date) as days
          from ${activeConversations(q.workspaceId, q.from)}
          join messages m on m.conversation_id = c.id
         where ${conversationScope(q.workspaceId, q.filters)}
           and m.direction = 'inbound' and m.sent_at >= ${q.from.toISOString()}::timestamptz
           and m.sent_at < ${q.to.toISOString()}::timestamptz
         group by c.contact_id
      ) per_contact`);
  return row ?? { uniqueContacts: 0, returningContacts: 0 };
}

/** New conversations per bucket (by the time of their first message) and category. */
export async function categoryMix(
  db: DbOrTx,
  q: ReportSlice & { buckets: readonly string[] },
): Promise<CategoryMixRow[]> {
  const rows = await db.execute<{ period: string; category: Category; n: number }>(sql`
    select ${bucketSql(sql`c.created_at`, q.timezone, q.period)} as period, c.category, count(*)::int as n
      from ${activeConversations(q.workspaceId, q.from)}
     where ${conversationScope(q.workspaceId, q.filters)}
       and c.created_at >= ${q.from.toISOString()}::timestamptz and c.created_at < ${q.to.toISOString()}::timestamptz
     group by 1, 2`);
  const by = new Map([...rows].map((r) => [`${r.period}|${r.category}`, r.n]));
  return q.buckets.map((period) => ({
    period,
    praise: by.get(`${period}|praise`) ?? 0,
    criticism: by.get(`${period}|criticism`) ?? 0,
    question: by.get(`${period}|question`) ?? 0,
    other: by.get(`${period}|other`) ?? 0,
  }));
}

/**
 * Critic → fan: contacts whose first categorised inbound message ever (its conversation's category is praise,
 * criticism or question; "other" is uncategorised) was criticism, counted in the period that holds their first
 * later praise message. Each contact converts once, so consecutive periods add up. The filters (except category,
 * which this metric is about) select the praise conversation.
 */
export async function criticToFan(db: DbOrTx, q: ReportSlice): Promise<Conversion[]> {
  const scope = conversationScope(q.workspaceId, q.filters, { withCategory: false });
  const from = q.from.toISOString();
  const to = q.to.toISOString();
  // Candidates first (contacts who praised in the period, few), then two indexed look-ups per candidate through
  // conversations_contact_idx and messages_conversation_idx instead of reading every contact's history.
  const rows = await db.execute<Conversion>(sql`
    with praised as (
      select distinct c.contact_id
        from ${activeConversations(q.workspaceId, q.from)} join messages m on m.conversation_id = c.id
       where ${scope} and c.category = 'praise'
         and m.direction = 'inbound' and m.sent_at >= ${from}::timestamptz and m.sent_at < ${to}::timestamptz
    ), firsts as (
      select p.contact_id, f.category, f.sent_at
        from praised p
        cross join lateral (
          select c.category, m.sent_at
            from conversations c join messages m on m.conversation_id = c.id
           where c.contact_id = p.contact_id and c.workspace_id = ${q.workspaceId} and c.category <> 'other'
             and m.direction = 'inbound'
           order by m.sent_at, m.id limit 1
        ) f
    )
    select f.contact_id as "contactId", ct.display_name as name, ct.handle, f.sent_at as "criticisedAt",
           pr.sent_at as "praisedAt", pr.conversation_id as "conversationId"
      from firsts f
      join contacts ct on ct.id = f.contact_id
      cross join lateral (
        select m.sent_at, c.id as conversation_id
          from conversations c join messages m on m.conversation_id = c.id
         where c.contact_id = f.contact_id and ${scope} and c.category = 'praise'
           and m.direction = 'inbound' and m.sent_at > f.sent_at
         order by m.sent_at, m.id limit 1
      ) pr
     where f.category = 'criticism' and pr.sent_at >= ${from}::timestamptz and pr.sent_at < ${to}::timestamptz
     order by pr.sent_at, ct.display_name`);
  return [...rows].map((r) => ({ ...r, criticisedAt: new Date(r.criticisedAt), praisedAt: new Date(r.praisedAt) }));
}
