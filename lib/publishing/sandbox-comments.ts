import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/connect";
import { recordInboundMessage } from "@/db/queries/inbound";
import { channels, contacts, conversations, messages } from "@/db/schema";
import { inboundCommentIndexes } from "@/lib/connectors/sandbox-audience";
import { routeNewConversation } from "@/lib/routing/route";

const COMMENTS = [
  "Love this! Where can I get one?",
  "Is this available in Switzerland too?",
  "Hmm, the last one broke after two weeks. Has that changed?",
  "Great post — when does it ship?",
  "Can you tell me more about the sizes?",
];

/**
 * The sandbox's audience also talks back: a few of a published post's simulated comments (deterministic per
 * target) arrive in the reply queue as new conversations, routed like any other way in. Idempotent through the
 * message's external id, so repeated snapshots add nothing twice. (Small on purpose; the general ingestion path
 * can take this over.)
 */
export async function simulateInboundComments(
  db: DbOrTx,
  { target, channelId, comments }: { target: { id: string; workspaceId: string }; channelId: string; comments: number },
) {
  const [channel] = await db.select({ platform: channels.platform }).from(channels).where(eq(channels.id, channelId));
  if (!channel) return;
  for (const index of inboundCommentIndexes(target.id, comments)) {
    const externalId = `sbx_c_${target.id}_${index}`;
    const [seen] = await db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.channelId, channelId), eq(messages.externalId, externalId)));
    if (seen) continue;
    const body = COMMENTS[(target.id.charCodeAt(0) + index) % COMMENTS.length]!;
    const category = body.includes("broke") ? "criticism" : body.includes("?") ? "question" : "praise";
    await db.transaction(async (tx) => {
      const handle = `@sandbox_fan_${target.id.slice(0, 6)}${index}`;
      const [contact] = await tx
        .insert(contacts)
        .values({
          workspaceId: target.workspaceId,
          platform: channel.platform,
          handle,
          displayName: `Sandbox fan ${index + 1}`,
        })
        .onConflictDoUpdate({
          target: [contacts.workspaceId, contacts.platform, contacts.handle],
          set: { lastSeenAt: new Date() },
        })
        .returning({ id: contacts.id });
      const route = await routeNewConversation(tx, {
        workspaceId: target.workspaceId,
        channelId,
        kind: "comment",
        category,
        body,
        contactLabels: [],
      });
      const [conversation] = await tx
        .insert(conversations)
        .values({
          workspaceId: target.workspaceId,
          channelId,
          contactId: contact!.id,
          kind: "comment",
          category,
          identityId: route.identityId,
          assigneeId: route.assigneeId,
          ...(route.priority ? { priority: route.priority } : {}),
          preview: body,
        })
        .returning({ id: conversations.id });
      await recordInboundMessage(tx, {
        workspaceId: target.workspaceId,
        conversationId: conversation!.id,
        body,
        externalId,
      });
    });
  }
}
