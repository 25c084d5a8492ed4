import { randomUUID } from "node:crypto";
import { computeWaits } from "../../lib/metrics/waits";
import { slaDueAt } from "../../lib/sla/due";
import { SLA_DUE_SOON_MINUTES as DUE_SOON_MINUTES } from "../../lib/sla/state";
import type { DbOrTx } from "../connect";
import { contacts, conversations, messages, responses, type Channel } from "../schema";
import { drawCategoryAndPriority, type Random } from "./random";
import type { SeededTenants } from "./tenants";
import { CONTACT_NAMES, FOLLOW_UPS, INBOUND, REPLIES } from "./texts";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Msg = typeof messages.$inferInsert & { sentAt: Date };

/**
 * How long a still-waiting conversation has waited at the moment of seeding, so that a fresh demo queue is alive:
 * about 70% within their SLA, 18% due within the next half hour, 12% breached (issue 6: 41 of 43 were overdue).
 */
function waitedMinutes(rnd: Random, sla: number) {
  const dueSoonWindow = Math.min(DUE_SOON_MINUTES - 2, sla - 1);
  const state = rnd.weighted<"within" | "dueSoon" | "breached">([
    ["within", 70],
    ["dueSoon", 18],
    ["breached", 12],
  ]);
  if (state === "breached") return sla + rnd.int(5, 6 * 60);
  if (state === "dueSoon") return sla - rnd.int(3, dueSoonWindow);
  // Comfortably inside the target: at least the due-soon window (plus a margin) before the deadline.
  return rnd.int(1, Math.max(1, sla - DUE_SOON_MINUTES - 5));
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Conversations with realistic, skewed response times: personas answer fast, the brand slower, some never. */
export async function seedInbox(
  tx: DbOrTx,
  rnd: Random,
  t: SeededTenants,
  options: { workspaceId: string; conversations: number; now: Date },
) {
  const { workspaceId, now } = options;
  // The demo's workspaces count SLAs around the clock, so the queue is alive whatever hour `npm run dev` starts;
  // due times still come from the one SLA clock (lib/sla/due.ts).
  const settings = t.workspaces.find((w) => w.id === workspaceId)!;
  const wsChannels = t.channels.filter((c) => c.workspaceId === workspaceId);
  const { brand, becky, jay } = t.identities;
  const isDemo = workspaceId === t.workspaceIds.demo;
  const brandIdentity = isDemo ? brand : t.identities.northwindBrand;

  const contactRows = new Map<string, typeof contacts.$inferInsert & { id: string }>();
  const contactFor = (channel: Channel) => {
    const n = rnd.int(0, 119);
    const name = `${CONTACT_NAMES[n % CONTACT_NAMES.length]} ${String.fromCharCode(65 + (n % 26))}.`;
    const handle = `@${name.toLowerCase().replace(/[^a-z]/g, "")}${n}`;
    const key = `${channel.platform}:${handle}`;
    if (!contactRows.has(key))
      contactRows.set(key, {
        id: randomUUID(),
        workspaceId,
        platform: channel.platform,
        handle,
        displayName: name,
        firstSeenAt: now,
        lastSeenAt: new Date(0),
      });
    return contactRows.get(key)!;
  };

  const convRows: (typeof conversations.$inferInsert)[] = [];
  const msgRows: Msg[] = [];
  const responseRows: (typeof responses.$inferInsert)[] = [];

  for (let i = 0; i < options.conversations; i++) {
    const channel = rnd.weighted(wsChannels.map((c) => [c, c.identityId === jay.id ? 1 : 3] as const));
    const contact = contactFor(channel);
    const { category, priority } = drawCategoryAndPriority(rnd);
    const identity = !isDemo
      ? brandIdentity
      : channel.identityId === jay.id
        ? jay
        : category !== "other" && rnd.chance(category === "criticism" ? 0.4 : 0.55)
          ? becky
          : brand;
    // Only members of this workspace answer and are assigned here (Northwind: Nora and Jay, its manager).
    const replier = !isDemo
      ? rnd.chance(0.6)
        ? t.userId.nora
        : t.userId.jay
      : identity.id === jay.id
        ? t.userId.jay
        : identity.id === becky.id
          ? t.userId.cm
          : rnd.chance(0.7)
            ? t.userId.smm
            : t.userId.manager;
    // Most conversations are spread over six weeks; the newest 12% are still waiting in the queue.
    const waiting = i >= options.conversations * 0.88;
    const start = waiting
      ? now.getTime() - waitedMinutes(rnd, settings.slaTargets[priority]) * MINUTE
      : now.getTime() - rnd.int(2 * 60, 42 * 24 * 60) * MINUTE;
    const convId = randomUUID();
    const thread: Msg[] = [];
    const inbound = (at: number, body: string) =>
      thread.push({
        id: randomUUID(),
        workspaceId,
        conversationId: convId,
        channelId: channel.id,
        direction: "inbound",
        body,
        externalId: `seed-${convId}-${thread.length}`,
        sentAt: new Date(at),
      });
    const reply = (at: number) =>
      thread.push({
        id: randomUUID(),
        workspaceId,
        conversationId: convId,
        channelId: channel.id,
        direction: "outbound",
        body: rnd.pick(REPLIES[category]) + (identity.id === becky.id ? ` ${becky.signOff}` : ""),
        externalId: `seed-${convId}-${thread.length}`,
        identityId: identity.id,
        authorUserId: replier,
        deliveryStatus: "sent",
        sentAt: new Date(at),
      });

    let clock = start;
    inbound(clock, rnd.pick(INBOUND[category]));
    const followUpAt = clock + rnd.int(1, 30) * MINUTE;
    if (rnd.chance(0.25) && followUpAt < now.getTime()) inbound((clock = followUpAt), rnd.pick(FOLLOW_UPS));
    const rounds = waiting ? 0 : rnd.chance(0.35) ? 2 : 1;
    for (let r = 0; r < rounds; r++) {
      const medianMinutes = identity.kind === "persona" ? 18 : 140;
      clock += Math.max(1, rnd.logNormal(medianMinutes, 1.1)) * MINUTE;
      if (clock >= now.getTime()) break;
      reply(clock);
      if (r === 0 && rounds === 2) {
        clock += rnd.int(10, 24 * 60) * MINUTE;
        if (clock >= now.getTime()) break;
        inbound(clock, rnd.pick(FOLLOW_UPS));
      }
    }

    const { waits, waitingSince } = computeWaits(thread);
    for (const w of waits) {
      const msg = thread[w.replyIndex]!;
      responseRows.push({
        workspaceId,
        conversationId: convId,
        messageId: msg.id!,
        identityId: identity.id,
        identityKind: identity.kind,
        userId: replier,
        channelId: channel.id,
        priority,
        waitStartedAt: w.startedAt,
        respondedAt: w.respondedAt,
        responseSeconds: w.seconds,
        isFirst: w.isFirst,
      });
    }
    const last = thread[thread.length - 1]!;
    contact.firstSeenAt = new Date(Math.min(contact.firstSeenAt!.getTime(), start));
    contact.lastSeenAt = new Date(Math.max(contact.lastSeenAt!.getTime(), last.sentAt.getTime()));
    convRows.push({
      id: convId,
      workspaceId,
      channelId: channel.id,
      contactId: contact.id,
      kind: rnd.weighted([
        ["comment", 45],
        ["dm", 30],
        ["mention", 20],
        ["review", 5],
      ]),
      status: waitingSince ? (rnd.chance(0.08) ? "snoozed" : "open") : rnd.chance(0.8) ? "resolved" : "pending",
      priority,
      category,
      sentiment: category === "praise" ? "positive" : category === "criticism" ? "negative" : "neutral",
      assigneeId: waitingSince && rnd.chance(0.5) ? replier : waitingSince ? null : replier,
      identityId: identity.id,
      preview: thread[0]!.body,
      waitingSince,
      firstResponseAt: waits[0]?.respondedAt ?? null,
      slaDueAt: waitingSince ? slaDueAt(settings, priority, waitingSince) : null,
      snoozedUntil: null,
      lastMessageAt: last.sentAt,
      createdAt: thread[0]!.sentAt,
    });
    msgRows.push(...thread);
  }
  for (const c of convRows) if (c.status === "snoozed") c.snoozedUntil = new Date(now.getTime() + DAY);

  await insertChunked([...contactRows.values()], (chunk) => tx.insert(contacts).values(chunk));
  await insertChunked(convRows, (chunk) => tx.insert(conversations).values(chunk));
  await insertChunked(msgRows, (chunk) => tx.insert(messages).values(chunk));
  await insertChunked(responseRows, (chunk) => tx.insert(responses).values(chunk));
  return { conversations: convRows.length, messages: msgRows.length, responses: responseRows.length };
}
