import { emitWebhookEvents } from "@/lib/webhooks/emit";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { inboundEventSchema, rejectionReason, type IngestResult } from "@/lib/ingest/events";
import { fail, ok, type Outcome } from "@/lib/outcome";
import { routeNewConversation } from "@/lib/routing/route";
import type { SlaSettings } from "@/lib/sla/due";
import { pgErrorCode, type DbOrTx } from "../connect";
import { loadVoices, upsertContacts } from "./ingest-parties";
import { buildIngestRows, placeEvents, type Accepted, type Placed } from "./ingest-rows";
import { channels, conversations, messages, responses, workspaces } from "../schema";

export type { IngestResult } from "@/lib/ingest/events";

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

  const placed = placeEvents(ordered, known, out);
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
  const { messageRows, responseRows, newRows, updates } = buildIngestRows({
    workspaceId,
    channelId,
    channelIdentityId: channel.identityId,
    settings,
    voices,
    contactIds,
    fresh: fresh.map(([conversationId, items], i) => ({ conversationId, items, decision: decisions[i]! })),
    existing: existing.map((row) => ({ row, items: byConversation.get(row.id)! })),
  });

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
