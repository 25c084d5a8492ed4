import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { recordInboundMessage } from "@/db/queries/inbound";
import { contacts, conversations, messages } from "@/db/schema";
import type { Category, Platform } from "@/db/schema/enum-values";
import type { InboundItem } from "@/lib/connectors/types";
import { routeNewConversation } from "@/lib/routing/route";

/**
 * Puts one item a platform reported (a comment, a mention, a reply) into the reply queue: on the conversation of
 * the message it answers when we have that message, else as a new conversation routed like every other way in.
 * Idempotent per (channel, external id). Small on purpose: the general ingestion path may take this over.
 */
export async function recordInboundItem(
  db: DbOrTx,
  input: {
    workspaceId: string;
    channelId: string;
    platform: Platform;
    item: InboundItem;
    kind: "comment" | "mention";
    category?: Category;
  },
): Promise<"recorded" | "known"> {
  const { workspaceId, channelId, platform, item } = input;
  const [seen] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(and(eq(messages.channelId, channelId), eq(messages.externalId, item.externalId)));
  if (seen) return "known";
  return db.transaction(async (tx) => {
    const [parent] = item.inReplyToExternalId
      ? await tx
          .select({ conversationId: messages.conversationId })
          .from(messages)
          .where(and(eq(messages.channelId, channelId), eq(messages.externalId, item.inReplyToExternalId)))
      : [];
    let conversationId = parent?.conversationId;
    if (!conversationId) {
      const [contact] = await tx
        .insert(contacts)
        .values({
          workspaceId,
          platform,
          handle: item.author.handle,
          displayName: item.author.displayName.slice(0, 200),
        })
        .onConflictDoUpdate({
          target: [contacts.workspaceId, contacts.platform, contacts.handle],
          set: { lastSeenAt: item.sentAt },
        })
        .returning({ id: contacts.id, labels: contacts.labels });
      const category = input.category ?? "other";
      const route = await routeNewConversation(tx, {
        workspaceId,
        channelId,
        kind: input.kind,
        category,
        body: item.body,
        contactLabels: contact!.labels,
      });
      const [conversation] = await tx
        .insert(conversations)
        .values({
          workspaceId,
          channelId,
          contactId: contact!.id,
          kind: input.kind,
          category,
          identityId: route.identityId,
          assigneeId: route.assigneeId,
          ...(route.priority ? { priority: route.priority } : {}),
          preview: item.body.slice(0, 280),
        })
        .returning({ id: conversations.id });
      conversationId = conversation!.id;
    }
    await recordInboundMessage(tx, {
      workspaceId,
      conversationId,
      body: item.body,
      externalId: item.externalId,
      sentAt: item.sentAt,
    });
    return "recorded" as const;
  });
}
