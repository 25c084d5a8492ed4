import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../connect";
import { channels, contacts, conversations, identities, messages, notes, users } from "../schema";

const author = alias(users, "author");
const assignee = alias(users, "assignee");
/** The contact panel lists at most this many earlier conversations (newest first); the count is exact. */
const EARLIER_LIMIT = 20;

/**
 * Everything the conversation view shows in one call: the conversation with its channel and routed voice, the
 * thread (messages and internal notes, oldest first) and the contact panel. Polled every few seconds by everyone
 * who has it open, so every part is one indexed lookup (messages_conversation_idx, notes_conversation_idx,
 * conversations_contact_idx). Undefined for an id of another workspace.
 */
export async function getConversationView(
  db: DbOrTx,
  { workspaceId, conversationId }: { workspaceId: string; conversationId: string },
) {
  const [head] = await db
    .select({
      id: conversations.id,
      kind: conversations.kind,
      status: conversations.status,
      priority: conversations.priority,
      category: conversations.category,
      sentiment: conversations.sentiment,
      assigneeId: conversations.assigneeId,
      assigneeName: assignee.name,
      identityId: conversations.identityId,
      waitingSince: conversations.waitingSince,
      slaDueAt: conversations.slaDueAt,
      version: conversations.version,
      createdAt: conversations.createdAt,
      channel: {
        id: channels.id,
        platform: channels.platform,
        handle: channels.handle,
        identityId: channels.identityId,
        connector: channels.connector,
      },
      contact: {
        id: contacts.id,
        displayName: contacts.displayName,
        handle: contacts.handle,
        platform: contacts.platform,
        labels: contacts.labels,
        firstSeenAt: contacts.firstSeenAt,
      },
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .innerJoin(contacts, eq(contacts.id, conversations.contactId))
    .leftJoin(assignee, eq(assignee.id, conversations.assigneeId))
    .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
  if (!head) return undefined;

  const [messageRows, noteRows, earlier, [earlierCount]] = await Promise.all([
    db
      .select({
        id: messages.id,
        direction: messages.direction,
        body: messages.body,
        automated: messages.automated,
        deliveryStatus: messages.deliveryStatus,
        error: messages.error,
        attempts: messages.attempts,
        sentAt: messages.sentAt,
        identity: {
          id: identities.id,
          displayName: identities.displayName,
          kind: identities.kind,
          avatarUrl: identities.avatarUrl,
        },
        authorName: author.name,
      })
      .from(messages)
      .leftJoin(identities, eq(identities.id, messages.identityId))
      .leftJoin(author, eq(author.id, messages.authorUserId))
      .where(and(eq(messages.conversationId, conversationId), eq(messages.workspaceId, workspaceId)))
      .orderBy(asc(messages.sentAt), asc(messages.createdAt)),
    db
      .select({
        id: notes.id,
        body: notes.body,
        createdAt: notes.createdAt,
        authorName: author.name,
        mentions: notes.mentions,
      })
      .from(notes)
      .leftJoin(author, eq(author.id, notes.authorUserId))
      .where(and(eq(notes.conversationId, conversationId), eq(notes.workspaceId, workspaceId)))
      .orderBy(asc(notes.createdAt)),
    db
      .select({
        id: conversations.id,
        status: conversations.status,
        category: conversations.category,
        preview: conversations.preview,
        createdAt: conversations.createdAt,
      })
      .from(conversations)
      .where(
        and(
          eq(conversations.contactId, head.contact.id),
          eq(conversations.workspaceId, workspaceId),
          ne(conversations.id, conversationId),
        ),
      )
      .orderBy(desc(conversations.createdAt))
      .limit(EARLIER_LIMIT),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(conversations)
      .where(
        and(
          eq(conversations.contactId, head.contact.id),
          eq(conversations.workspaceId, workspaceId),
          ne(conversations.id, conversationId),
        ),
      ),
  ]);

  const thread = [
    ...messageRows.map((m) => ({ type: "message" as const, at: m.sentAt, ...m })),
    ...noteRows.map((n) => ({ type: "note" as const, at: n.createdAt, ...n })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return { conversation: head, thread, earlier: { count: earlierCount?.n ?? 0, items: earlier } };
}

export type ConversationView = NonNullable<Awaited<ReturnType<typeof getConversationView>>>;
export type ThreadItem = ConversationView["thread"][number];
