import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Category, IdentityKind, Priority } from "@/db/schema/enum-values";
import type { RebuiltConversation, ThreadRow } from "@/lib/import/threads";
import { businessSeconds } from "@/lib/metrics/business-time";
import { computeWaits } from "@/lib/metrics/waits";
import type { RouteDecision } from "@/lib/routing/route";
import { slaDueAt, type SlaSettings } from "@/lib/sla/due";
import { emitWebhookEvents, type WebhookEvent } from "@/lib/webhooks/emit";
import type { Db, DbOrTx } from "../connect";
import { contacts, conversations, importedSignOffs, messages, responses } from "../schema";

/** What writing needs to know about the workspace, loaded once per import (lib/import/context.ts). */
export type ImportWriteContext = {
  workspaceId: string;
  sla: SlaSettings;
  /** `${platform}:${lower(handle)}` → the brand account's channel. */
  channels: Map<string, { id: string; identityId: string }>;
  /** `${channelId}:${signOffKey}` or `*:${signOffKey}` → the persona a sign-off belongs to. */
  personas: Map<string, string>;
  identityKinds: Map<string, IdentityKind>;
  route: (channelId: string, category: Category) => Promise<RouteDecision>;
};

export const channelKey = (platform: string, handle: string) => `${platform}:${handle.toLowerCase()}`;
const CATEGORY: Category = "other";

export type BatchResult = { importedLines: number[]; duplicateLines: number[]; conversationsCreated: number };

/**
 * Writes one batch of rebuilt conversations in one transaction: contacts, conversations, messages (idempotent by
 * channel + external id), the `responses` facts and the replies' sign-offs. A conversation whose messages were
 * partly written by an interrupted run is found through them and completed, never duplicated.
 */
export async function writeConversationBatch(
  db: Db,
  ctx: ImportWriteContext,
  batch: RebuiltConversation[],
): Promise<BatchResult> {
  const planned = batch.flatMap((conversation) => {
    const channel = ctx.channels.get(channelKey(conversation.platform, conversation.brand));
    return channel ? [{ conversation, channel }] : [];
  });
  const lineStatus = new Map<number, boolean>(); // line → imported (at least one copy written)
  let conversationsCreated = 0;
  await db.transaction(async (tx) => {
    const contactIds = await upsertContacts(
      tx,
      ctx.workspaceId,
      planned.map((p) => p.conversation),
    );
    const existing = await existingMessages(
      tx,
      planned.flatMap((p) => p.conversation.messages.map((m) => [p.channel.id, m.externalId] as const)),
    );
    const events: WebhookEvent[] = [];
    const messageRows: (typeof messages.$inferInsert)[] = [];
    const conversationRows: (typeof conversations.$inferInsert)[] = [];
    const responseRows: (typeof responses.$inferInsert)[] = [];
    const signOffRows: (typeof importedSignOffs.$inferInsert)[] = [];
    const updates: { id: string; state: ThreadState }[] = [];

    for (const { conversation, channel } of planned) {
      const known = conversation.messages.map((m) => existing.get(`${channel.id}:${m.externalId}`));
      const previousId = known.find(Boolean)?.conversationId;
      const route = previousId ? null : await ctx.route(channel.id, CATEGORY);
      const conversationId = previousId ?? randomUUID();
      const priority: Priority = route?.priority ?? "normal";
      const ids = conversation.messages.map((m, i) => known[i]?.id ?? randomUUID());
      const identities = conversation.messages.map((m) => (m.inbound ? null : voiceOf(ctx, channel, m)));
      const { waits, ...state } = threadState(ctx.sla, priority, conversation.messages);
      // A conversation an earlier (interrupted) run wrote gets its state recomputed only when this run adds to it.
      if (previousId) {
        if (known.some((k) => !k)) updates.push({ id: previousId, state });
      } else {
        conversationsCreated++;
        conversationRows.push({
          id: conversationId,
          workspaceId: ctx.workspaceId,
          channelId: channel.id,
          contactId: contactIds.get(channelKey(conversation.platform, conversation.contactHandle))!,
          kind: "mention",
          category: CATEGORY,
          priority,
          identityId: route?.identityId ?? channel.identityId,
          assigneeId: route?.assigneeId ?? null,
          createdAt: conversation.messages[0]!.createdAt,
          ...state,
        });
        events.push({
          workspaceId: ctx.workspaceId,
          type: "conversation.created",
          data: { conversationId, channelId: channel.id, imported: true },
        });
      }
      conversation.messages.forEach((m, i) => {
        if (known[i]) {
          if (!lineStatus.has(m.line)) lineStatus.set(m.line, false);
          return;
        }
        messageRows.push({
          id: ids[i],
          workspaceId: ctx.workspaceId,
          conversationId,
          channelId: channel.id,
          direction: m.inbound ? "inbound" : "outbound",
          body: m.body,
          externalId: m.externalId,
          identityId: identities[i],
          deliveryStatus: m.inbound ? "received" : "sent",
          deliveredAt: m.inbound ? null : m.createdAt,
          sentAt: m.createdAt,
          createdAt: m.createdAt,
        });
        if (m.signOff)
          signOffRows.push({
            messageId: ids[i]!,
            workspaceId: ctx.workspaceId,
            channelId: channel.id,
            signOffKey: m.signOff.toLowerCase(),
          });
      });
      for (const wait of waits) {
        const identityId = identities[wait.replyIndex]!;
        responseRows.push({
          workspaceId: ctx.workspaceId,
          conversationId,
          messageId: ids[wait.replyIndex]!,
          identityId,
          identityKind: ctx.identityKinds.get(identityId) ?? "brand",
          userId: null,
          channelId: channel.id,
          priority,
          category: CATEGORY,
          waitStartedAt: wait.startedAt,
          respondedAt: wait.respondedAt,
          responseSeconds: wait.seconds,
          businessSeconds: businessSeconds(wait.startedAt, wait.respondedAt, ctx.sla.businessHours, ctx.sla.timezone),
          isFirst: wait.isFirst,
        });
      }
    }

    for (const rows of chunks(conversationRows, 500)) await tx.insert(conversations).values(rows);
    const inserted = new Set<string>();
    for (const rows of chunks(messageRows, 1000)) {
      const written = await tx.insert(messages).values(rows).onConflictDoNothing().returning({ id: messages.id });
      for (const row of written) inserted.add(row.id);
    }
    const byId = new Map(messageRows.map((row) => [row.id!, row]));
    const byKey = new Map(messageRows.map((row) => [`${row.channelId}:${row.externalId}`, row]));
    for (const { conversation, channel } of planned) {
      for (const m of conversation.messages) {
        const row = byKey.get(`${channel.id}:${m.externalId}`);
        if (row && inserted.has(row.id!)) {
          lineStatus.set(m.line, true);
          events.push({
            workspaceId: ctx.workspaceId,
            type: "message.created",
            data: { messageId: row.id, conversationId: row.conversationId, direction: row.direction, imported: true },
          });
        } else if (!lineStatus.has(m.line)) lineStatus.set(m.line, false);
      }
    }
    // Only facts whose reply this run wrote (or an interrupted one did): a message a concurrent run won is theirs.
    const facts = responseRows.filter((r) => inserted.has(r.messageId) || !byId.has(r.messageId));
    for (const rows of chunks(facts, 1000)) await tx.insert(responses).values(rows).onConflictDoNothing();
    const signOffs = signOffRows.filter((r) => inserted.has(r.messageId));
    for (const rows of chunks(signOffs, 1000)) await tx.insert(importedSignOffs).values(rows).onConflictDoNothing();
    for (const { id, state } of updates) {
      await tx.execute(sql`update ${conversations} set waiting_since = ${state.waitingSince?.toISOString() ?? null}::timestamptz,
        first_response_at = ${state.firstResponseAt?.toISOString() ?? null}::timestamptz, sla_due_at = ${state.slaDueAt?.toISOString() ?? null}::timestamptz,
        last_message_at = greatest(last_message_at, ${state.lastMessageAt.toISOString()}::timestamptz), version = version + 1
        where id = ${id} and workspace_id = ${ctx.workspaceId}`);
    }
    await emitWebhookEvents(tx, events);
  });
  const importedLines = [...lineStatus].filter(([, imported]) => imported).map(([line]) => line);
  const duplicateLines = [...lineStatus].filter(([, imported]) => !imported).map(([line]) => line);
  return { importedLines, duplicateLines, conversationsCreated };
}

/** The voice of an imported reply: the persona whose sign-off it carries, else the account's owner (the brand). */
function voiceOf(ctx: ImportWriteContext, channel: { id: string; identityId: string }, m: ThreadRow) {
  const key = m.signOff?.toLowerCase();
  return (key && (ctx.personas.get(`${channel.id}:${key}`) ?? ctx.personas.get(`*:${key}`))) || channel.identityId;
}

type ThreadState = Omit<ReturnType<typeof threadState>, "waits">;

/** The conversation's state after its history, by ARCHITECTURE's wait definition (imported replies are by people). */
function threadState(sla: SlaSettings, priority: Priority, thread: ThreadRow[]) {
  const { waits, waitingSince } = computeWaits(
    thread.map((m) => ({ direction: m.inbound ? "inbound" : "outbound", sentAt: m.createdAt })),
  );
  const last = thread[thread.length - 1]!;
  return {
    waits,
    status: waitingSince ? ("open" as const) : ("resolved" as const),
    waitingSince,
    firstResponseAt: waits[0]?.respondedAt ?? null,
    slaDueAt: waitingSince ? slaDueAt(sla, priority, waitingSince) : null,
    lastMessageAt: last.createdAt,
    preview: last.body.slice(0, 280),
  };
}

async function upsertContacts(tx: DbOrTx, workspaceId: string, list: RebuiltConversation[]) {
  const unique = new Map<string, typeof contacts.$inferInsert>();
  for (const c of list) {
    const seen = c.messages.filter((m) => m.inbound && m.author === c.contactHandle).map((m) => m.createdAt);
    const first = seen[0] ?? c.messages[0]!.createdAt;
    const last = seen[seen.length - 1] ?? first;
    const key = channelKey(c.platform, c.contactHandle);
    const previous = unique.get(key);
    unique.set(key, {
      workspaceId,
      platform: c.platform as never,
      handle: c.contactHandle,
      displayName: c.contactName ?? c.contactHandle,
      firstSeenAt: previous && previous.firstSeenAt! < first ? previous.firstSeenAt : first,
      lastSeenAt: previous && previous.lastSeenAt! > last ? previous.lastSeenAt : last,
    });
  }
  const ids = new Map<string, string>();
  for (const rows of chunks([...unique.values()], 1000)) {
    const written = await tx
      .insert(contacts)
      .values(rows)
      .onConflictDoUpdate({
        target: [contacts.workspaceId, contacts.platform, contacts.handle],
        set: {
          firstSeenAt: sql`least(${contacts.firstSeenAt}, excluded.first_seen_at)`,
          lastSeenAt: sql`greatest(${contacts.lastSeenAt}, excluded.last_seen_at)`,
        },
      })
      .returning({ id: contacts.id, platform: contacts.platform, handle: contacts.handle });
    for (const row of written) ids.set(channelKey(row.platform, row.handle), row.id);
  }
  return ids;
}

async function existingMessages(tx: DbOrTx, keys: (readonly [string, string])[]) {
  const found = new Map<string, { id: string; conversationId: string }>();
  for (const part of chunks(keys, 5000)) {
    const rows = await tx.execute<{ id: string; conversation_id: string; channel_id: string; external_id: string }>(sql`
      select m.id, m.conversation_id, m.channel_id, m.external_id
      from jsonb_to_recordset(${JSON.stringify(part.map(([c, e]) => ({ c, e })))}::jsonb) as k(c uuid, e text)
      join ${messages} m on m.channel_id = k.c and m.external_id = k.e`);
    for (const row of rows)
      found.set(`${row.channel_id}:${row.external_id}`, { id: row.id, conversationId: row.conversation_id });
  }
  return found;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
