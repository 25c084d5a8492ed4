/** Small builders for report tests: contacts, conversations with their messages, and `responses` rows. */
import type { Db } from "../connect";
import { contacts, conversations, messages, responses } from "../schema";
import type { Category, ConversationStatus, IdentityKind } from "../schema/enums";
import type { WorkspaceFixture } from "./fixtures";

export type Msg = {
  at: string;
  /** Outbound when a voice is given. */
  voice?: IdentityKind;
  automated?: boolean;
  failed?: boolean;
};

export async function addContact(db: Db, fx: WorkspaceFixture, name: string) {
  const [row] = await db
    .insert(contacts)
    .values({
      workspaceId: fx.workspaceId,
      platform: "x",
      handle: `@${name.toLowerCase()}_${fx.tag}`,
      displayName: name,
    })
    .returning({ id: contacts.id });
  return row!.id;
}

/** A conversation whose created_at / last_message_at follow its messages, as ingestion and import write them. */
export async function addConversation(
  db: Db,
  fx: WorkspaceFixture,
  c: {
    contactId: string;
    category?: Category;
    status?: ConversationStatus;
    routedTo?: IdentityKind;
    waitingSince?: string;
    messages: Msg[];
  },
) {
  const times = c.messages.map((m) => new Date(m.at).getTime());
  const [conversation] = await db
    .insert(conversations)
    .values({
      workspaceId: fx.workspaceId,
      channelId: fx.channelId,
      contactId: c.contactId,
      kind: "comment",
      status: c.status ?? "resolved",
      category: c.category ?? "other",
      identityId: fx.identities[c.routedTo ?? "brand"],
      waitingSince: c.waitingSince ? new Date(c.waitingSince) : null,
      createdAt: new Date(Math.min(...times)),
      lastMessageAt: new Date(Math.max(...times)),
    })
    .returning({ id: conversations.id });
  const ids: string[] = [];
  for (const m of c.messages) {
    const [row] = await db
      .insert(messages)
      .values({
        workspaceId: fx.workspaceId,
        conversationId: conversation!.id,
        channelId: fx.channelId,
        direction: m.voice ? "outbound" : "inbound",
        body: m.voice ? "reply" : "hello",
        identityId: m.voice ? fx.identities[m.voice] : null,
        automated: m.automated ?? false,
        deliveryStatus: m.voice ? (m.failed ? "failed" : "sent") : "received",
        sentAt: new Date(m.at),
      })
      .returning({ id: messages.id });
    ids.push(row!.id);
  }
  return { id: conversation!.id, messageIds: ids };
}

/** One answered wait, ended by the given (outbound) message. */
export async function addResponse(
  db: Db,
  fx: WorkspaceFixture,
  r: { conversationId: string; messageId: string; kind: IdentityKind; waitStartedAt: string; respondedAt: string },
) {
  const start = new Date(r.waitStartedAt);
  const end = new Date(r.respondedAt);
  await db.insert(responses).values({
    workspaceId: fx.workspaceId,
    conversationId: r.conversationId,
    messageId: r.messageId,
    identityId: fx.identities[r.kind],
    identityKind: r.kind,
    channelId: fx.channelId,
    priority: "normal",
    waitStartedAt: start,
    respondedAt: end,
    responseSeconds: Math.round((end.getTime() - start.getTime()) / 1000),
    isFirst: true,
  });
}
