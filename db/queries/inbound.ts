import { and, eq, sql } from "drizzle-orm";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { slaDueAt } from "@/lib/sla/due";
import { slaSettingsColumns } from "./sla-due";
import { contacts, conversations, messages, workspaces } from "../schema";

/**
 * Records an inbound message on an existing conversation — the entry point the ingestion (webhooks, polling)
 * will call. Idempotent per (channel, external id): a re-delivered webhook changes nothing. The message starts
 * a wait unless one is already running (consecutive inbound messages do not restart the clock), reopens a
 * resolved or snoozed conversation, sets the SLA due time from the wait's start (lib/sla/due.ts, in business hours when the workspace counts them), and bumps the version so an
 * agent who is answering the older state gets a conflict and sees the new message first.
 */
export async function recordInboundMessage(
  db: DbOrTx,
  input: { workspaceId: string; conversationId: string; body: string; externalId: string; sentAt?: Date },
): Promise<Outcome<{ messageId: string | null; reopened: boolean }>> {
  const { workspaceId, conversationId, body, externalId, sentAt = new Date() } = input;
  return db.transaction(async (tx) => {
    const [conversation] = await tx
      .select({
        id: conversations.id,
        channelId: conversations.channelId,
        contactId: conversations.contactId,
        status: conversations.status,
        priority: conversations.priority,
        waitingSince: conversations.waitingSince,
      })
      .from(conversations)
      .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)))
      .for("update");
    if (!conversation) return fail("not_found");
    const [message] = await tx
      .insert(messages)
      .values({
        workspaceId,
        conversationId,
        channelId: conversation.channelId,
        direction: "inbound",
        body,
        externalId,
        sentAt,
      })
      .onConflictDoNothing({ target: [messages.channelId, messages.externalId] })
      .returning({ id: messages.id });
    if (!message) return ok({ messageId: null, reopened: false });

    const [settings] = await tx.select(slaSettingsColumns).from(workspaces).where(eq(workspaces.id, workspaceId));
    // A running wait keeps its start; a new one starts with this message. Read under the row lock above.
    const waitingSince = conversation.waitingSince ?? sentAt;
    const reopened = conversation.status === "resolved" || conversation.status === "snoozed";
    await tx
      .update(conversations)
      .set({
        status: reopened ? "open" : conversation.status,
        snoozedUntil: null,
        waitingSince,
        slaDueAt: slaDueAt(settings!, conversation.priority, waitingSince),
        lastMessageAt: sql`greatest(${conversations.lastMessageAt}, ${sentAt.toISOString()}::timestamptz)`,
        preview: sql`left(${body}, 280)`,
        version: sql`${conversations.version} + 1`,
      })
      .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
    await tx.update(contacts).set({ lastSeenAt: sentAt }).where(eq(contacts.id, conversation.contactId));
    return ok({ messageId: message.id, reopened });
  });
}
