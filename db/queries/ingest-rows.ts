import { randomUUID } from "node:crypto";
import type { Category, Priority } from "@/db/schema/enum-values";
import type { InboundEvent, IngestResult } from "@/lib/ingest/events";
import { businessSeconds } from "@/lib/metrics/business-time";
import type { RouteDecision } from "@/lib/routing/route";
import { slaDueAt, type SlaSettings } from "@/lib/sla/due";
import type { conversations, messages, responses } from "../schema";
import { foldMessages, type ConversationState, type FoldMessage } from "./ingest-fold";
import { signer, type Voice } from "./ingest-parties";

/** What ingestion turns a batch into, before any row is written (ingest.ts reads and writes; this decides). */
export type Accepted = { index: number; event: InboundEvent; at: Date };
export type Placed = Accepted & { messageId: string; conversationId: string; isNew: boolean };
type ExistingConversation = ConversationState & { id: string; priority: Priority; category: Category };

/**
 * Threads a chronological batch: an event already stored (or earlier in the batch) is a duplicate, a reply joins
 * the conversation of what it answers, an inbound event without a known parent starts a conversation, and an
 * outbound one without a parent is rejected. Results for events that are not placed go into `out`.
 */
export function placeEvents(ordered: Accepted[], known: Map<string, string>, out: Map<number, IngestResult>) {
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
  return placed;
}

/**
 * The rows a placed batch writes: messages (outbound ones signed by the voice their text names), the state of each
 * new or touched conversation folded from its messages, and one response row per answered wait.
 */
export function buildIngestRows({
  workspaceId,
  channelId,
  channelIdentityId,
  settings,
  voices,
  contactIds,
  fresh,
  existing,
}: {
  workspaceId: string;
  channelId: string;
  channelIdentityId: string;
  settings: SlaSettings;
  voices: Voice[];
  contactIds: Map<string, string>;
  fresh: { conversationId: string; items: Placed[]; decision: RouteDecision }[];
  existing: { row: ExistingConversation; items: Placed[] }[];
}) {
  const messageRows: (typeof messages.$inferInsert)[] = [];
  const responseRows: (typeof responses.$inferInsert)[] = [];
  const newRows: (typeof conversations.$inferInsert)[] = [];
  const updates: Record<string, unknown>[] = [];

  const foldFor = (items: Placed[]) =>
    items.map((p): FoldMessage => {
      const voice = p.event.direction === "outbound" ? signer(p.event.text, voices, channelIdentityId) : undefined;
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

  for (const { conversationId, items, decision } of fresh) {
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
      identityId: decision.identityId ?? channelIdentityId,
      assigneeId: decision.assigneeId,
      preview: s.preview,
      waitingSince: s.waitingSince,
      firstResponseAt: s.firstResponseAt,
      slaDueAt: s.waitingSince ? slaDueAt(settings, priority, s.waitingSince) : null,
      lastMessageAt: s.lastMessageAt,
      createdAt: first.at,
    });
    addResponses(conversationId, folded, priority, "other");
  }

  for (const { row, items } of existing) {
    const folded = foldMessages(row, foldFor(items));
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

  return { messageRows, responseRows, newRows, updates };
}
