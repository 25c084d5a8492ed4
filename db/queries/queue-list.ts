import { and, asc, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { effectiveStatuses, type QueueFilters } from "@/lib/inbox/filters";
import type { TriageScope } from "@/lib/inbox/triage";
import { SLA_DUE_SOON_MINUTES } from "@/lib/sla/state";
import type { DbOrTx } from "../connect";
import { channels, contacts, conversations, identities, notes, slaSortKey, users } from "../schema";
import { triageable } from "./conversations";
import { afterCursor, cursorTime, keysetPage, type Keyset } from "./keyset";
import { searchCandidates } from "./queue-search";

export type QueueContext = { workspaceId: string; userId: string; timeZone: string; scope?: TriageScope };
const assignee = alias(users, "assignee");
const slaKey = slaSortKey(conversations.slaDueAt);

/** The brand identities of a workspace (usually one): resolved first so the view is an index equality. */
async function brandIds(db: DbOrTx, workspaceId: string) {
  const rows = await db
    .select({ id: identities.id })
    .from(identities)
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.kind, "brand")));
  return rows.map((r) => r.id);
}

function oneOrMany<T extends string>(column: Parameters<typeof eq>[0], values: T[]): SQL | undefined {
  if (values.length === 0) return undefined;
  // A single value as `=` keeps the (…, value, sort key) index usable for the ordered scan.
  return values.length === 1 ? eq(column, values[0]!) : inArray(column, values);
}

/** The SLA state filter, the same rule as lib/sla/state.ts (breached, due soon within SLA_DUE_SOON_MINUTES, ok). */
function slaCondition(states: QueueFilters["sla"]): SQL | undefined {
  const soon = sql`now() + ${SLA_DUE_SOON_MINUTES} * interval '1 minute'`;
  const due = conversations.slaDueAt;
  const parts = states.map((s) =>
    s === "breached"
      ? sql`${due} < now()`
      : s === "due_soon"
        ? sql`(${due} >= now() and ${due} <= ${soon})`
        : sql`${due} > ${soon}`,
  );
  return parts.length ? or(...parts) : undefined;
}

function assigneeCondition(values: string[], userId: string): SQL | undefined {
  if (!values.length) return undefined;
  const ids = values.filter((v) => v !== "none").map((v) => (v === "me" ? userId : v));
  const parts = [ids.length ? oneOrMany(conversations.assigneeId, ids) : undefined];
  if (values.includes("none")) parts.push(isNull(conversations.assigneeId));
  return or(...parts);
}

/** Every condition of a view plus its filters (without the keyset), shared by the list and its tests. */
export async function queueConditions(db: DbOrTx, ctx: QueueContext, filters: QueueFilters) {
  const { workspaceId, userId, timeZone } = ctx;
  const view = filters.view;
  const conditions: (SQL | undefined)[] = [
    eq(conversations.workspaceId, workspaceId),
    oneOrMany(conversations.status, effectiveStatuses(filters)),
  ];
  if (view === "mine") conditions.push(eq(conversations.assigneeId, userId));
  else if (view === "unassigned") conditions.push(isNull(conversations.assigneeId));
  else if (view === "brand")
    conditions.push(oneOrMany(conversations.identityId, await brandIds(db, workspaceId)) ?? sql`false`);
  else if (view.startsWith("persona:")) conditions.push(eq(conversations.identityId, view.slice("persona:".length)));
  else if (view === "mentions") {
    const mentioned = db
      .select({ id: notes.conversationId })
      .from(notes)
      .where(and(eq(notes.workspaceId, workspaceId), sql`${notes.mentions} @> array[${userId}]::uuid[]`));
    conditions.push(inArray(conversations.id, mentioned));
  }
  conditions.push(
    oneOrMany(conversations.channelId, filters.channel),
    filters.platform.length ? inArray(channels.platform, filters.platform) : undefined,
    oneOrMany(conversations.kind, filters.kind),
    oneOrMany(conversations.category, filters.category),
    oneOrMany(conversations.priority, filters.priority),
    slaCondition(filters.sla),
    assigneeCondition(filters.assignee, userId),
    oneOrMany(conversations.identityId, filters.identity),
    filters.tag.length ? sql`${contacts.labels} && ${sql.param(filters.tag)}::text[]` : undefined,
    filters.from
      ? sql`${conversations.createdAt} >= (${filters.from}::date::timestamp at time zone ${timeZone})`
      : undefined,
    filters.to
      ? sql`${conversations.createdAt} < ((${filters.to}::date + 1)::timestamp at time zone ${timeZone})`
      : undefined,
    filters.q ? inArray(conversations.id, searchCandidates(workspaceId, filters.q)) : undefined,
  );
  return and(...conditions);
}

/** The statement of one queue page (limit + 1 rows), apart so the bench can EXPLAIN exactly what the list runs. */
export async function queueQuery(
  db: DbOrTx,
  ctx: QueueContext,
  filters: QueueFilters,
  { limit = 50, cursor }: { limit?: number; cursor?: Keyset } = {},
) {
  const where = await queueConditions(db, ctx, filters);
  const key = filters.sort === "sla" ? slaKey : conversations.lastMessageAt;
  const order = filters.sort === "newest" ? "desc" : "asc";
  const by = order === "desc" ? desc : asc;
  // Wrapped: an async function returning the (thenable) builder itself would run it.
  const query = db
    .select({
      id: conversations.id,
      kind: conversations.kind,
      status: conversations.status,
      priority: conversations.priority,
      category: conversations.category,
      preview: conversations.preview,
      waitingSince: conversations.waitingSince,
      slaDueAt: conversations.slaDueAt,
      snoozedUntil: conversations.snoozedUntil,
      lastMessageAt: conversations.lastMessageAt,
      version: conversations.version,
      assigneeId: conversations.assigneeId,
      cursorAt: cursorTime(key),
      contact: { displayName: contacts.displayName, handle: contacts.handle, labels: contacts.labels },
      channel: { platform: channels.platform, handle: channels.handle },
      identity: { displayName: identities.displayName, kind: identities.kind },
      assigneeName: assignee.name,
      triageable: triageable(db, ctx.scope ?? {}),
    })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(identities, eq(identities.id, conversations.identityId))
    .leftJoin(assignee, eq(assignee.id, conversations.assigneeId))
    .where(and(where, afterCursor(key, conversations.id, cursor, order)))
    .orderBy(by(key), by(conversations.id))
    .limit(limit + 1);
  return { query };
}

/** One keyset page of a queue view in the asked order (SLA due first by default, nulls last). */
export async function listQueue(
  db: DbOrTx,
  ctx: QueueContext,
  filters: QueueFilters,
  { limit = 50, cursor }: { limit?: number; cursor?: Keyset } = {},
) {
  const { query } = await queueQuery(db, ctx, filters, { limit, cursor });
  return keysetPage(await query, limit);
}

export type QueueItem = Awaited<ReturnType<typeof listQueue>>["items"][number];
export type QueueCounts = Record<string, number>;

/**
 * Open items per view (mine, unassigned, brand, each persona, mentions, all) in ONE statement. It reads only
 * conversations_open_counts_idx, a partial index over open work: the cost follows the backlog, not the history
 * (resolved conversations, the bulk of a big workspace, are not in it). A counter table was the alternative; it was
 * rejected because every claim and resolve would update the same few counter rows and serialize the team on them.
 */
export async function countQueueViews(db: DbOrTx, { workspaceId, userId }: { workspaceId: string; userId: string }) {
  const rows = await db.execute<{
    key: string;
    kind: string | null;
    total: number;
    mine: number;
    unassigned: number;
  }>(sql`
    select g.identity_id::text as key, i.kind::text as kind, g.total, g.mine, g.unassigned
    from (
      select identity_id, count(*)::int as total,
        count(*) filter (where assignee_id = ${userId})::int as mine,
        count(*) filter (where assignee_id is null)::int as unassigned
      from conversations where workspace_id = ${workspaceId} and status = 'open'
      group by identity_id
    ) g left join identities i on i.id = g.identity_id
    union all
    select 'mentions', null, count(distinct n.conversation_id)::int, 0, 0
    from notes n join conversations c on c.id = n.conversation_id and c.status = 'open'
    where n.workspace_id = ${workspaceId} and n.mentions @> array[${userId}]::uuid[]`);
  const counts: QueueCounts = { mine: 0, unassigned: 0, brand: 0, mentions: 0, all: 0 };
  for (const row of rows) {
    if (row.key === "mentions") {
      counts.mentions = row.total;
      continue;
    }
    counts.all! += row.total;
    counts.mine! += row.mine;
    counts.unassigned! += row.unassigned;
    if (row.kind === "brand") counts.brand! += row.total;
    else if (row.kind === "persona") counts[`persona:${row.key}`] = row.total;
  }
  return counts;
}
