import { randomUUID } from "node:crypto";
import { emitWebhookEvents } from "@/lib/webhooks/emit";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Category, Priority } from "@/db/schema/enum-values";
import { inboundEventSchema, rejectionReason, type InboundEvent, type IngestResult } from "@/lib/ingest/events";
import { businessSeconds } from "@/lib/metrics/business-time";
import { fail, ok, type Outcome } from "@/lib/outcome";
import { routeNewConversation } from "@/lib/routing/route";
import { slaDueAt, type SlaSettings } from "@/lib/sla/due";
import { pgErrorCode, type DbOrTx } from "../connect";
import { loadVoices, signer, upsertContacts } from "./ingest-parties";
import { channels, conversations, messages, responses, workspaces } from "../schema";
import { foldMessages, type ConversationState, type FoldMessage } from "./ingest-fold";

export type { IngestResult } from "@/lib/ingest/events";

type Accepted = { index: number; event: InboundEvent; at: Date };
type Placed = Accepted & { messageId: string; conversationId: string; isNew: boolean };

/** Thrown inside the transaction when a concurrent batch stored one of our events first: retry from a clean read. */
class LostRace extends Error {}
const RETRIES = 8;
const MAX_CLOCK_SKEW_MS = 60 * 60_000;

/**
 * Stores a batch of platform events on one channel (the one entry point of the inbound webhook, the simulator and
 * the benchmark). Per event: `created`, `duplicate` (same external id already stored on the channel, or earlier
 * in the batch) or `rejected` with a reason. A constant number of statements per batch, whatever its size.
 *
 * Idempotency is the UNIQUE (channel_id, external_id) index with ON CONFLICT DO NOTHING — never a check alone. The
 * read of known ids only saves work; if a concurrent batch wins an insert after it, the transaction is rolled back
 * and retried (by then the winner has committed, so the retry sees its rows as duplicates). Deadlocks between
 * overlapping batches are retried the same way.
 */
export async function ingestEvents(
  db: DbOrTx,
  input: { workspaceId: string; channelId: string; events: readonly unknown[] },
): Promise<Outcome<IngestResult[]>> {
  const results: IngestResult[] = input.events.map((raw) => ({
    externalId: externalIdOf(raw),
    status: "rejected",
    reason: "invalid event",
  }));
  const firstIndex = new Map<string, number>();
  const repeats = new Map<number, number>();
  const accepted: Accepted[] = [];
  input.events.forEach((raw, index) => {
    const parsed = inboundEventSchema.safeParse(raw);
    if (!parsed.success) return void (results[index] = { ...results[index]!, reason: rejectionReason(parsed.error) });
    const at = new Date(parsed.data.createdAt);
    // Far-future times would pin a conversation to the top of every "newest first" list; allow clock skew only.
    if (Number.isNaN(at.getTime()) || at.getFullYear() < 1970 || at.getTime() > Date.now() + MAX_CLOCK_SKEW_MS)
      return void (results[index] = {
        externalId: parsed.data.externalId,
        status: "rejected",
        reason: "createdAt: out of range",
      });
    const first = firstIndex.get(parsed.data.externalId);
    if (first !== undefined) return void repeats.set(index, first); // answered like the first after the batch
    firstIndex.set(parsed.data.externalId, index);
    accepted.push({ index, event: parsed.data, at });
  });

  for (let attempt = 1; ; attempt++) {
    try {
      const stored = await db.transaction((tx) => storeBatch(tx, input.workspaceId, input.channelId, accepted));
      if (!stored) return fail("not_found");
      for (const [index, result] of stored) results[index] = result;
      break;
    } catch (error) {
      const retryable = error instanceof LostRace || ["40P01", "40001"].includes(pgErrorCode(error) ?? "");
      if (!retryable || attempt >= RETRIES) throw error;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
    }
  }
  for (const [index, first] of repeats) {
    const original = results[first]!;
    results[index] = original.conversationId
      ? { externalId: original.externalId, status: "duplicate", conversationId: original.conversationId }
      : { ...original };
  }
  return ok(results);
}

function externalIdOf(raw: unknown): string | null {
  const value = (raw as { externalId?: unknown } | null)?.externalId;
  return typeof value === "string" ? value.trim() : null;
}

async function storeBatch(tx: DbOrTx, workspaceId: string, channelId: string, accepted: Accepted[]) {
  const [channel] = await tx
    .select({
      platform: channels.platform,
      identityId: channels.identityId,
      timezone: workspaces.timezone,
      businessHours: workspaces.businessHours,
      slaTargets: workspaces.slaTargets,
    })
    .from(channels)
    .innerJoin(workspaces, eq(workspaces.id, channels.workspaceId))
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  if (!channel) return undefined;
  const settings: SlaSettings = channel;
  const out = new Map<number, IngestResult>();
  if (accepted.length === 0) return out;

  // Chronological, so a reply never lands before what it answers and waits are measured forwards.
  const ordered = [...accepted].sort((a, b) => a.at.getTime() - b.at.getTime() || a.index - b.index);
  const lookups = new Set<string>();
  for (const { event } of ordered) {
    lookups.add(event.externalId);
    if (event.inReplyTo) lookups.add(event.inReplyTo);
  }
  const known = new Map(
    (
      await tx
        .select({ externalId: messages.externalId, conversationId: messages.conversationId })
        .from(messages)
        .where(and(eq(messages.channelId, channelId), inArray(messages.externalId, [...lookups])))
    ).map((r) => [r.externalId!, r.conversationId]),
  );

  const placed: Placed[] = [];
  const inBatch = new Map<string, string>();
  for (const item of ordered) {
    const { event, index } = item;
    const existing = known.get(event.externalId);
    if (existing) {
      out.set(index, { externalId: event.externalId, status: "duplicate", conversationId: existing });
      continue;
    }
    const parent = event.inReplyTo ? (inBatch.get(event.inReplyTo) ?? known.get(event.inReplyTo)) : undefined;
    if (!parent && event.direction === "outbound") {
      out.set(index, {
        externalId: event.externalId,
        status: "rejected",
        reason: "inReplyTo: an outbound event must answer a known message",
      });
      continue;
    }
    const conversationId = parent ?? randomUUID();
    inBatch.set(event.externalId, conversationId);
    placed.push({ ...item, messageId: randomUUID(), conversationId, isNew: !parent });
  }
  if (placed.length === 0) return out;

  const contactIds = await upsertContacts(tx, workspaceId, channel.platform, placed);
  const voices = placed.some((p) => p.event.direction === "outbound")
    ? await loadVoices(tx, workspaceId, channel.identityId)
    : [];
  const existingIds = [...new Set(placed.filter((p) => !p.isNew).map((p) => p.conversationId))].sort();
  const existing = existingIds.length
    ? await tx
        .select({
          id: conversations.id,
          status: conversations.status,
          priority: conversations.priority,
          category: conversations.category,
          waitingSince: conversations.waitingSince,
          firstResponseAt: conversations.firstResponseAt,
          lastMessageAt: conversations.lastMessageAt,
          snoozedUntil: conversations.snoozedUntil,
          preview: conversations.preview,
        })
        .from(conversations)
        .where(and(inArray(conversations.id, existingIds), eq(conversations.workspaceId, workspaceId)))
        .orderBy(asc(conversations.id))
        .for("update")
    : [];
  const byConversation = new Map<string, Placed[]>();
  for (const p of placed) byConversation.set(p.conversationId, [...(byConversation.get(p.conversationId) ?? []), p]);

  // New conversations: routed (the routing seam), then written with the state their messages give them.
  const fresh = [...byConversation.entries()].filter(([, items]) => items[0]!.isNew);
  const decisions = await Promise.all(
    fresh.map(([, items]) =>
      routeNewConversation(tx, {
        workspaceId,
        channelId,
        kind: items[0]!.event.kind,
        category: "other",
        body: items[0]!.event.text,
        contactLabels: [],
      }),
    ),
  );
  const messageRows: (typeof messages.$inferInsert)[] = [];
  const responseRows: (typeof responses.$inferInsert)[] = [];
  const newRows: (typeof conversations.$inferInsert)[] = [];
  const updates: Record<string, unknown>[] = [];

  const foldFor = (items: Placed[]) =>
    items.map((p): FoldMessage => {
      const voice = p.event.direction === "outbound" ? signer(p.event.text, voices, channel.identityId) : undefined;
      messageRows.push({
        id: p.messageId,
        workspaceId,
        conversationId: p.conversationId,
        channelId,
        direction: p.event.direction,
        body: p.event.text,
        externalId: p.event.externalId,
        identityId: voice?.id ?? null,
        automated: p.event.automated ?? false,
        deliveryStatus: p.event.direction === "outbound" ? "sent" : "received",
        deliveredAt: p.event.direction === "outbound" ? p.at : null,
        sentAt: p.at,
      });
      return {
        messageId: p.messageId,
        direction: p.event.direction,
        automated: p.event.automated ?? false,
        text: p.event.text,
        at: p.at,
        identityId: voice?.id ?? null,
        identityKind: voice?.kind ?? null,
      };
    });
  const addResponses = (
    conversationId: string,
    folded: ReturnType<typeof foldMessages>,
    priority: Priority,
    category: Category,
  ) => {
    for (const r of folded.responses) {
      responseRows.push({
        workspaceId,
        conversationId,
        messageId: r.messageId,
        identityId: r.identityId,
        identityKind: r.identityKind,
        userId: null,
        channelId,
        priority,
        category,
        waitStartedAt: r.waitStartedAt,
        respondedAt: r.respondedAt,
        responseSeconds: Math.max(0, Math.round((r.respondedAt.getTime() - r.waitStartedAt.getTime()) / 1000)),
        businessSeconds: businessSeconds(r.waitStartedAt, r.respondedAt, settings.businessHours, settings.timezone),
        isFirst: r.isFirst,
      });
    }
  };

  fresh.forEach(([conversationId, items], i) => {
    const decision = decisions[i]!;
    const first = items[0]!;
    const priority = decision.priority ?? "normal";
    const initial: ConversationState = {
      status: "open",
      priority,
      waitingSince: null,
      firstResponseAt: null,
      lastMessageAt: first.at,
      snoozedUntil: null,
      preview: "",
    };
    const folded = foldMessages(initial, foldFor(items));
    const s = folded.state;
    newRows.push({
      id: conversationId,
      workspaceId,
      channelId,
      contactId: contactIds.get(first.event.author.handle)!,
      kind: first.event.kind,
      status: "open",
      priority,
      identityId: decision.identityId ?? channel.identityId,
      assigneeId: decision.assigneeId,
      preview: s.preview,
      waitingSince: s.waitingSince,
      firstResponseAt: s.firstResponseAt,
      slaDueAt: s.waitingSince ? slaDueAt(settings, priority, s.waitingSince) : null,
      lastMessageAt: s.lastMessageAt,
      createdAt: first.at,
    });
    addResponses(conversationId, folded, priority, "other");
  });

  for (const row of existing) {
    const folded = foldMessages(row, foldFor(byConversation.get(row.id)!));
    const s = folded.state;
    updates.push({
      id: row.id,
      status: s.status,
      waiting_since: s.waitingSince?.toISOString() ?? null,
      first_response_at: s.firstResponseAt?.toISOString() ?? null,
      sla_due_at: s.waitingSince ? slaDueAt(settings, row.priority, s.waitingSince).toISOString() : null,
      last_message_at: s.lastMessageAt.toISOString(),
      snoozed_until: s.snoozedUntil?.toISOString() ?? null,
      preview: s.preview,
    });
    addResponses(row.id, folded, row.priority, row.category);
  }

  if (newRows.length) await tx.insert(conversations).values(newRows);
  // Sorted, so overlapping concurrent batches take the unique index's locks in one order (fewer deadlocks).
  messageRows.sort((a, b) => (a.externalId! < b.externalId! ? -1 : 1));
  const inserted = await tx
    .insert(messages)
    .values(messageRows)
    .onConflictDoNothing({ target: [messages.channelId, messages.externalId] })
    .returning({ id: messages.id });
  if (inserted.length !== messageRows.length) throw new LostRace();

  if (updates.length) {
    await tx.execute(sql`
      update ${conversations} c set
        status = u.status::conversation_status,
        waiting_since = u.waiting_since,
        first_response_at = u.first_response_at,
        sla_due_at = u.sla_due_at,
        last_message_at = u.last_message_at,
        snoozed_until = u.snoozed_until,
        preview = u.preview,
        version = c.version + 1
      from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as u(
        id uuid, status text, waiting_since timestamptz, first_response_at timestamptz, sla_due_at timestamptz,
        last_message_at timestamptz, snoozed_until timestamptz, preview text)
      where c.id = u.id and c.workspace_id = ${workspaceId}`);
  }
  if (responseRows.length) await tx.insert(responses).values(responseRows);
  // Outgoing webhooks (Settings → Webhooks), queued in this transaction: nothing is announced for a rolled-back batch.
  await emitWebhookEvents(tx, [
    ...placed
      .filter((p) => p.isNew)
      .map((p) => ({
        workspaceId,
        type: "conversation.created" as const,
        data: { conversationId: p.conversationId, channelId },
      })),
    ...placed.map((p) => ({
      workspaceId,
      type: "message.created" as const,
      data: { messageId: p.messageId, conversationId: p.conversationId, direction: p.event.direction },
    })),
  ]);

  for (const p of placed)
    out.set(p.index, { externalId: p.event.externalId, status: "created", conversationId: p.conversationId });
  return out;
}
