import { and, asc, desc, eq, gte, ilike, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Category, ConversationStatus, Priority } from "@/db/schema/enum-values";
import type { DbOrTx } from "../connect";
import { channels, contacts, conversations, identities, messages, posts, postTargets } from "../schema";
import { afterCursor, cursorTime, keysetPage, type Keyset } from "./keyset";

/** Reads of the REST API (/api/v1), shaped as API-CONTRACT's objects; every one is confined to the workspace. */

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function apiIdentities(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: identities.id,
      kind: identities.kind,
      name: identities.displayName,
      handle: identities.handle,
      signOff: identities.signOff,
      status: identities.status,
    })
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId))
    .orderBy(asc(identities.kind), asc(identities.displayName), asc(identities.id));
}

export async function apiChannels(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: channels.id,
      platform: channels.platform,
      handle: channels.handle,
      identityId: channels.identityId,
      connector: channels.connector,
      status: channels.status,
    })
    .from(channels)
    .where(eq(channels.workspaceId, workspaceId))
    .orderBy(asc(channels.platform), asc(channels.handle));
}

const conversationColumns = {
  id: conversations.id,
  kind: conversations.kind,
  status: conversations.status,
  priority: conversations.priority,
  category: conversations.category,
  sentiment: conversations.sentiment,
  channelId: conversations.channelId,
  identityId: conversations.identityId,
  assigneeId: conversations.assigneeId,
  contact: { id: contacts.id, handle: contacts.handle, name: contacts.displayName },
  version: conversations.version,
  waitingSince: conversations.waitingSince,
  lastMessageAt: conversations.lastMessageAt,
  createdAt: conversations.createdAt,
};
type ConversationRow = { waitingSince: Date | null; lastMessageAt: Date; createdAt: Date };
const conversationOut = <R extends ConversationRow>(r: R) => ({
  ...r,
  waitingSince: iso(r.waitingSince),
  lastMessageAt: r.lastMessageAt.toISOString(),
  createdAt: r.createdAt.toISOString(),
});

export type ConversationFilters = {
  status?: ConversationStatus;
  identityId?: string;
  channelId?: string;
  assigneeId?: string;
  category?: Category;
  priority?: Priority;
  q?: string;
};

/** One page, newest activity first, keyset on (last_message_at, id). */
export async function apiConversations(
  db: DbOrTx,
  {
    workspaceId,
    filters,
    cursor,
    limit,
  }: { workspaceId: string; filters: ConversationFilters; cursor?: Keyset; limit: number },
) {
  const where: (SQL | undefined)[] = [
    eq(conversations.workspaceId, workspaceId),
    filters.status && eq(conversations.status, filters.status),
    filters.identityId ? eq(conversations.identityId, filters.identityId) : undefined,
    filters.channelId ? eq(conversations.channelId, filters.channelId) : undefined,
    filters.assigneeId ? eq(conversations.assigneeId, filters.assigneeId) : undefined,
    filters.category && eq(conversations.category, filters.category),
    filters.priority && eq(conversations.priority, filters.priority),
    afterCursor(conversations.lastMessageAt, conversations.id, cursor),
  ];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(conversations.preview, pattern), ilike(contacts.handle, pattern)));
  }
  const rows = await db
    .select({ ...conversationColumns, cursorAt: cursorTime(conversations.lastMessageAt) })
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(and(...where))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(limit + 1);
  const { items, nextCursor } = keysetPage(rows, limit);
  return { data: items.map(conversationOut), nextCursor };
}

const MESSAGE_CAP = 1000;
const messageColumns = {
  id: messages.id,
  direction: messages.direction,
  text: messages.body,
  identityId: messages.identityId,
  authorUserId: messages.authorUserId,
  externalId: messages.externalId,
  deliveryStatus: messages.deliveryStatus,
  automated: messages.automated,
  sentAt: messages.sentAt,
};

/** The conversation with its messages, oldest first (the newest 1,000 of a very long thread). */
export async function apiConversation(db: DbOrTx, { workspaceId, id }: { workspaceId: string; id: string }) {
  const [row] = await db
    .select(conversationColumns)
    .from(conversations)
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .where(and(eq(conversations.id, id), eq(conversations.workspaceId, workspaceId)));
  if (!row) return undefined;
  const thread = await db
    .select(messageColumns)
    .from(messages)
    .where(and(eq(messages.conversationId, id), eq(messages.workspaceId, workspaceId)))
    .orderBy(desc(messages.sentAt), desc(messages.id))
    .limit(MESSAGE_CAP);
  return {
    ...conversationOut(row),
    messages: thread.reverse().map((m) => ({ ...m, sentAt: m.sentAt.toISOString() })),
  };
}

export async function apiMessage(db: DbOrTx, { workspaceId, id }: { workspaceId: string; id: string }) {
  const [m] = await db
    .select(messageColumns)
    .from(messages)
    .where(and(eq(messages.id, id), eq(messages.workspaceId, workspaceId)));
  return m && { ...m, sentAt: m.sentAt.toISOString() };
}

/** Posts scheduled (or, unscheduled, created) in [from, to), with their targets. */
export async function apiPosts(
  db: DbOrTx,
  { workspaceId, from, to, ids }: { workspaceId: string; from?: Date; to?: Date; ids?: string[] },
) {
  const when = sql`coalesce(${posts.scheduledAt}, ${posts.createdAt})`;
  const rows = await db
    .select({
      id: posts.id,
      identityId: posts.identityId,
      status: posts.status,
      body: posts.body,
      scheduledAt: posts.scheduledAt,
      publishedAt: posts.publishedAt,
      version: posts.version,
    })
    .from(posts)
    .where(
      and(
        eq(posts.workspaceId, workspaceId),
        ids ? inArray(posts.id, ids) : undefined,
        from ? gte(when, sql`${from.toISOString()}::timestamptz`) : undefined,
        to ? lt(when, sql`${to.toISOString()}::timestamptz`) : undefined,
      ),
    )
    .orderBy(asc(when), asc(posts.id))
    .limit(1000);
  const targets = rows.length
    ? await db
        .select({
          postId: postTargets.postId,
          channelId: postTargets.channelId,
          body: sql<string>`coalesce(${postTargets.bodyOverride}, ${posts.body})`,
          status: postTargets.status,
          externalId: postTargets.externalId,
        })
        .from(postTargets)
        .innerJoin(posts, eq(posts.id, postTargets.postId))
        .where(
          and(
            eq(postTargets.workspaceId, workspaceId),
            inArray(
              postTargets.postId,
              rows.map((r) => r.id),
            ),
          ),
        )
    : [];
  return rows.map((p) => ({
    ...p,
    scheduledAt: iso(p.scheduledAt),
    publishedAt: iso(p.publishedAt),
    targets: targets
      .filter((t) => t.postId === p.id)
      .map(({ postId, ...t }) => (void postId, { ...t, url: null as string | null })),
  }));
}
