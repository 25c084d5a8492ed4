import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../connect";
import { responses } from "../schema";
import { afterCursor, cursorTime, keysetPage, type Keyset } from "./keyset";
import { filterSql, secondsColumn, withinTarget, type Hours, type ResponseFilters } from "./reports-histograms";

export type DrillQuery = {
  workspaceId: string;
  from: Date;
  to: Date;
  hours: Hours;
  filters: ResponseFilters;
  /** breached: responses over their priority's target; met: within it; undefined: all. */
  sla?: "breached" | "met";
  cursor?: Keyset;
  limit?: number;
};

export type DrillItem = {
  id: string;
  preview: string;
  contact: string;
  status: string;
  /** The matching responses of this conversation in the slice. */
  responses: number;
  longestSeconds: number;
  /** The priority and target of the longest of them. */
  priority: string;
  targetMinutes: number | null;
  identityName: string | null;
  identityKind: string;
  lastRespondedAt: string;
};

const r = alias(responses, "r");

/**
 * The conversations behind one bucket of a response-time chart: those with at least one response in [from, to)
 * matching the report's filters (and, with `sla`, breaching or meeting its target: the same rule as the SLA
 * figures), newest response first, in keyset pages over (last matching response, conversation id).
 */
export async function drillConversations(db: DbOrTx, q: DrillQuery) {
  const limit = q.limit ?? 50;
  const seconds = secondsColumn(q);
  const sla = slaCondition(q.sla, seconds);
  const last = sql`max(${r.respondedAt})`;
  const keyset = afterCursor(last, r.conversationId, q.cursor);
  const rows = await db.execute<DrillItem & { cursorAt: string }>(sql`
    with hits as (
      select ${r.conversationId} as id, count(*)::int as responses, max(${seconds})::int as "longestSeconds",
             (array_agg(r.priority::text order by ${seconds} desc))[1] as priority,
             (array_agg(r.identity_id order by ${seconds} desc))[1] as identity_id,
             (array_agg(r.identity_kind::text order by ${seconds} desc))[1] as "identityKind",
             ${cursorTime(last)} as "cursorAt", ${last} as last_at
        from responses r join workspaces w on w.id = r.workspace_id
       where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filterSql(q.filters)}
         and r.responded_at >= ${q.from.toISOString()}::timestamptz and r.responded_at < ${q.to.toISOString()}::timestamptz
         ${sla}
       group by ${r.conversationId}
       ${keyset ? sql`having ${keyset}` : sql``}
       order by ${last} desc, ${r.conversationId} desc
       limit ${limit + 1}
    )
    select h.id, c.preview, coalesce(ct.display_name, ct.handle) as contact, c.status::text as status, h.responses,
           h."longestSeconds", h.priority, (w.sla_targets ->> h.priority)::int as "targetMinutes",
           i.display_name as "identityName", h."identityKind",
           to_char(h.last_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "lastRespondedAt", h."cursorAt"
      from hits h
      join conversations c on c.id = h.id
      join workspaces w on w.id = c.workspace_id
      left join contacts ct on ct.id = c.contact_id
      left join identities i on i.id = h.identity_id
     order by h.last_at desc, h.id desc`);
  return keysetPage([...rows], limit);
}

/** The SLA figures' rule, one side of it: breached responses are over their target, met ones within it. */
const slaCondition = (side: DrillQuery["sla"], seconds: SQL) =>
  side === "breached"
    ? sql`and not (${withinTarget(seconds)})`
    : side === "met"
      ? sql`and ${withinTarget(seconds)}`
      : sql``;

/** How many conversations the drill-down lists in all (its heading). */
export async function countDrillConversations(db: DbOrTx, q: Omit<DrillQuery, "cursor" | "limit">) {
  const seconds = secondsColumn(q);
  const sla = slaCondition(q.sla, seconds);
  const [row] = await db.execute<{ n: number }>(sql`
    select count(distinct r.conversation_id)::int as n
      from responses r join workspaces w on w.id = r.workspace_id
     where r.workspace_id = ${q.workspaceId} and ${seconds} is not null and ${filterSql(q.filters)}
       and r.responded_at >= ${q.from.toISOString()}::timestamptz and r.responded_at < ${q.to.toISOString()}::timestamptz
       ${sla}`);
  return row?.n ?? 0;
}
