import { and, eq, sql } from "drizzle-orm";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { contacts, conversations, messages } from "../schema";

/**
 * Records an inbound message on an existing conversation — the entry point the ingestion (webhooks, polling)
 * will call. Idempotent per (channel, external id): a re-delivered webhook changes nothing. The message starts
 * a wait unless one is already running (consecutive inbound messages do not restart the clock), reopens a
 * resolved or snoozed conversation, restarts the SLA clock from the wait's start, and bumps the version so an
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

    const at = sentAt.toISOString();
    const reopened = conversation.status === "resolved" || conversation.status === "snoozed";
    await tx.execute(sql`
      update ${conversations} c set
        status = case when c.status in ('resolved', 'snoozed') then 'open'::conversation_status else c.status end,
        snoozed_until = null,
        waiting_since = coalesce(c.waiting_since, ${at}::timestamptz),
        sla_due_at = coalesce(c.waiting_since, ${at}::timestamptz) + make_interval(mins => (w.sla_targets ->> c.priority::text)::int),
        last_message_at = greatest(c.last_message_at, ${at}::timestamptz),
        preview = left(${body}, 280),
        version = c.version + 1
      from workspaces w
      where c.id = ${conversationId} and c.workspace_id = ${workspaceId} and w.id = c.workspace_id`);
    await tx.update(contacts).set({ lastSeenAt: sentAt }).where(eq(contacts.id, conversation.contactId));
    return ok({ messageId: message.id, reopened });
  });
}
