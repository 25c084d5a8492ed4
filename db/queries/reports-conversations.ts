import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Category, IdentityKind } from "../schema/enums";
import type { DbOrTx } from "../connect";
import { conversations } from "../schema";
import { afterCursor, cursorTime, type Keyset } from "./keyset";
import { resolvedEvent } from "./reports-resolved";
import type { Hours } from "./reports-histograms";

/**
 * The conversations behind a report, one row each: those created in [from, to) (the report's local days), with
 * the report's filters applied to the conversation — voice and voice kind to the voice that answered first (the
 * routed voice while unanswered), member to the assignee or the author of the first response.
 */
export type ConversationSlice = {
  workspaceId: string;
  from: Date;
  to: Date;
  hours: Hours;
  filters: {
    identityKind?: IdentityKind;
    identityId?: string;
    channelId?: string;
    category?: Category;
    userId?: string;
  };
};

export type ReportConversationRow = {
  id: string;
  createdAt: string;
  platform: string;
  channel: string;
  kind: string;
  category: string;
  status: string;
  priority: string;
  identity: string | null;
  identityKind: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  firstResponseAt: string | null;
  firstResponseSeconds: number | null;
  slaMet: boolean | null;
  replies: number;
  resolvedAt: string | null;
  cursorAt: string;
};

const c = alias(conversations, "c");

// The first response and its voice, read per conversation through responses_first_idx.
const FROM = sql`
  from conversations c
  join channels ch on ch.id = ${c.channelId}
  join workspaces w on w.id = ${c.workspaceId}
  left join lateral (
    select r.identity_id, r.user_id, r.responded_at, r.response_seconds, r.business_seconds, r.priority
      from responses r where r.conversation_id = ${c.id} and r.is_first
     order by r.responded_at limit 1) fr on true
  left join identities vi on vi.id = coalesce(fr.identity_id, ${c.identityId})`;

function where(q: ConversationSlice): SQL {
  const f = q.filters;
  const parts: SQL[] = [
    sql`${c.workspaceId} = ${q.workspaceId}`,
    sql`${c.createdAt} >= ${q.from.toISOString()}::timestamptz`,
    sql`${c.createdAt} < ${q.to.toISOString()}::timestamptz`,
  ];
  if (f.identityKind) parts.push(sql`vi.kind = ${f.identityKind}`);
  if (f.identityId) parts.push(sql`vi.id = ${f.identityId}::uuid`);
  if (f.channelId) parts.push(sql`${c.channelId} = ${f.channelId}::uuid`);
  if (f.category) parts.push(sql`${c.category} = ${f.category}`);
  if (f.userId) parts.push(sql`(${c.assigneeId} = ${f.userId}::uuid or fr.user_id = ${f.userId}::uuid)`);
  return sql.join(parts, sql` and `);
}

/** How many rows the export of this slice holds (shown next to its link). */
export async function countReportConversations(db: DbOrTx, q: ConversationSlice): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n ${FROM} where ${where(q)}`);
  return row?.n ?? 0;
}

/**
 * One batch of the export, oldest first on (created_at, id) after `cursor`: the route reads batch after batch
 * (keyset, never OFFSET) and writes each before reading the next, so memory holds one batch whatever the range.
 * resolved_at is the last time a member resolved it (audit log); a conversation resolved without such an event
 * (imported or seeded history) gets the time of its last message.
 */
export async function reportConversationBatch(
  db: DbOrTx,
  q: ConversationSlice & { cursor?: Keyset; limit: number },
): Promise<ReportConversationRow[]> {
  const seconds = sql.raw(q.hours === "business" ? "fr.business_seconds" : "fr.response_seconds");
  const iso = (at: SQL) => sql`to_char(${at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;
  const keyset = afterCursor(c.createdAt, c.id, q.cursor, "asc");
  const rows = await db.execute<ReportConversationRow>(sql`
    select ${c.id} as id, ${iso(sql`${c.createdAt}`)} as "createdAt", ch.platform::text as platform,
           ch.handle as channel, ${c.kind}::text as kind, ${c.category}::text as category, ${c.status}::text as status,
           ${c.priority}::text as priority, vi.display_name as identity, vi.kind::text as "identityKind",
           ${c.assigneeId} as "assigneeId", (select u.name from users u where u.id = ${c.assigneeId}) as "assigneeName",
           ${iso(sql`fr.responded_at`)} as "firstResponseAt", ${seconds} as "firstResponseSeconds",
           case when ${seconds} is null then null
                else ${seconds} <= coalesce((w.sla_targets ->> fr.priority::text)::int, 0) * 60 end as "slaMet",
           (select count(*)::int from messages m
             where m.conversation_id = ${c.id} and m.direction = 'outbound' and not m.automated) as replies,
           case when ${c.status} = 'resolved' then ${iso(sql`coalesce((
             select max(a.created_at) from audit_events a
              where a.workspace_id = ${c.workspaceId} and a.object_id = ${c.id}::text
                and ${resolvedEvent(sql.raw("a"))}),
             ${c.lastMessageAt})`)} end as "resolvedAt",
           ${cursorTime(c.createdAt)} as "cursorAt"
    ${FROM}
    where ${where(q)} ${keyset ? sql`and ${keyset}` : sql``}
    order by ${c.createdAt}, ${c.id}
    limit ${q.limit}`);
  return [...rows];
}
