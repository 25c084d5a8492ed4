import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { conversations, messages, responses, workspaces } from "../schema";
import type { Priority } from "../schema/enums";
import { decodeCursor } from "./keyset";
import { exactResponseDistribution, rollupResponseDistribution } from "./reports-distribution";
import { countDrillConversations, drillConversations } from "./reports-drill";
import { slaStats } from "./reports-sla";

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
// Europe/Berlin, so local days are not UTC days: 2026-04-01 runs from 2026-03-31T22:00Z to 2026-04-01T22:00Z.
const TZ = "Europe/Berlin";
const SLA = { urgent: 10, high: 30, normal: 60, low: 240 };

type R = { day: string; time?: string; seconds: number; priority: Priority; persona?: boolean };
// Hand-computed: within target when seconds ≤ target·60 (urgent 600, high 1,800, normal 3,600, low 14,400).
const ROWS: R[] = [
  { day: "2026-04-01", seconds: 60, priority: "urgent" }, // met
  { day: "2026-04-01", seconds: 299, priority: "urgent", persona: true }, // met
  { day: "2026-04-01", seconds: 900, priority: "urgent" }, // breached
  { day: "2026-04-01", seconds: 2_000, priority: "high", persona: true }, // breached
  { day: "2026-04-01", seconds: 3_600, priority: "normal" }, // met (exactly the target)
  { day: "2026-04-02", seconds: 300, priority: "normal", persona: true }, // met
  { day: "2026-04-02", seconds: 20_000, priority: "low" }, // breached
  { day: "2026-04-02", seconds: 90_000, priority: "low", persona: true }, // breached
  // 23:30 local on April 2nd is April 2nd (21:30Z), not the 3rd.
  { day: "2026-04-02", time: "21:30:00Z", seconds: 700, priority: "urgent" }, // breached
];

const ids: string[] = [];

async function addConversation(f: WorkspaceFixture, r: R) {
  const respondedAt = new Date(`${r.day}T${r.time ?? "10:00:00Z"}`);
  const [conversation] = await db
    .insert(conversations)
    .values({
      workspaceId: f.workspaceId,
      channelId: f.channelId,
      contactId: f.contactId,
      kind: "comment",
      status: "resolved",
      priority: r.priority,
      identityId: r.persona ? f.identities.persona : f.identities.brand,
      preview: `Question ${r.seconds}`,
      createdAt: new Date(respondedAt.getTime() - r.seconds * 1000),
    })
    .returning({ id: conversations.id });
  const identityId = r.persona ? f.identities.persona : f.identities.brand;
  const [message] = await db
    .insert(messages)
    .values({
      workspaceId: f.workspaceId,
      conversationId: conversation!.id,
      channelId: f.channelId,
      direction: "outbound",
      body: "answer",
      identityId,
      authorUserId: f.users.manager.id,
      deliveryStatus: "sent",
      sentAt: respondedAt,
    })
    .returning({ id: messages.id });
  await db.insert(responses).values({
    workspaceId: f.workspaceId,
    conversationId: conversation!.id,
    messageId: message!.id,
    identityId,
    identityKind: r.persona ? "persona" : "brand",
    userId: f.users.manager.id,
    channelId: f.channelId,
    priority: r.priority,
    waitStartedAt: new Date(respondedAt.getTime() - r.seconds * 1000),
    respondedAt,
    responseSeconds: r.seconds,
    businessSeconds: r.seconds,
    isFirst: true,
  });
  return conversation!.id;
}

beforeAll(async () => {
  [fx, other] = await Promise.all([createWorkspaceFixture(db, "Drill A"), createWorkspaceFixture(db, "Drill B")]);
  for (const f of [fx, other])
    await db.update(workspaces).set({ slaTargets: SLA, timezone: TZ }).where(eq(workspaces.id, f.workspaceId));
  for (const r of ROWS) ids.push(await addConversation(fx, r));
  await addConversation(other, { day: "2026-04-01", seconds: 5_000, priority: "urgent" });
});

// Whole local days April 1st–2nd in Berlin (summer time from March 29th: UTC+2).
const FROM = new Date("2026-03-31T22:00:00Z");
const TO = new Date("2026-04-02T22:00:00Z");

describe("response-time distribution", () => {
  const q = () => ({ workspaceId: fx.workspaceId, from: FROM, to: TO, hours: "calendar" as const });
  const sorted = <T extends { kind: string; range: string }>(rows: T[]) =>
    [...rows].sort((a, b) => `${a.kind}${a.range}`.localeCompare(`${b.kind}${b.range}`));

  it("counts each response in its range exactly, brand vs persona", async () => {
    expect(sorted(await exactResponseDistribution(db, q()))).toEqual([
      { kind: "brand", range: "15to60m", responses: 1 }, // 900
      { kind: "brand", range: "1to4h", responses: 1 }, // 3,600
      { kind: "brand", range: "4to24h", responses: 1 }, // 20,000
      { kind: "brand", range: "5to15m", responses: 1 }, // 700
      { kind: "brand", range: "lt5m", responses: 1 }, // 60
      { kind: "persona", range: "15to60m", responses: 1 }, // 2,000
      { kind: "persona", range: "5to15m", responses: 1 }, // 300
      { kind: "persona", range: "gt24h", responses: 1 }, // 90,000
      { kind: "persona", range: "lt5m", responses: 1 }, // 299
    ]);
  });

  it("gives the same counts from the rollup except within 5 % of an edge (300 s and 3,600 s here)", async () => {
    const rollup = sorted(await rollupResponseDistribution(db, q()));
    expect(rollup).toEqual([
      { kind: "brand", range: "15to60m", responses: 2 }, // 900, and 3,600 s (bucket [3,462, 3,635) → 15–60 min)
      { kind: "brand", range: "4to24h", responses: 1 },
      { kind: "brand", range: "5to15m", responses: 1 },
      { kind: "brand", range: "lt5m", responses: 1 },
      { kind: "persona", range: "15to60m", responses: 1 },
      { kind: "persona", range: "gt24h", responses: 1 },
      { kind: "persona", range: "lt5m", responses: 2 }, // 299, and 300 s (bucket [287.5, 301.9) → < 5 min)
    ]);
    expect(rollup.reduce((n, r) => n + r.responses, 0)).toBe(ROWS.length);
  });
});

describe("SLA attainment over time", () => {
  it("splits per local day and priority, exactly, from the daily counts", async () => {
    const rows = await slaStats(db, {
      workspaceId: fx.workspaceId,
      from: FROM,
      to: TO,
      hours: "calendar",
      groupBy: ["day", "priority"],
    });
    expect(rows.map((r) => [...r.key, r.responses, r.withinTarget])).toEqual([
      ["2026-04-01", "high", 1, 0],
      ["2026-04-01", "normal", 1, 1],
      ["2026-04-01", "urgent", 3, 2],
      ["2026-04-02", "low", 2, 0],
      ["2026-04-02", "normal", 1, 1],
      ["2026-04-02", "urgent", 1, 0],
    ]);
  });

  it("reads a partial day at the edge from responses, with the same figures", async () => {
    // From 12:00 local on April 1st: only the 23:30 response of April 2nd and the 10:00Z ones of the 2nd remain…
    const rows = await slaStats(db, {
      workspaceId: fx.workspaceId,
      from: new Date("2026-04-01T10:00:01Z"),
      to: TO,
      hours: "calendar",
      groupBy: ["day"],
      filters: { identityKind: "brand" },
    });
    // …brand: April 2nd 20,000 s (low, breached) and 700 s (urgent, breached).
    expect(rows.map((r) => [...r.key, r.responses, r.withinTarget])).toEqual([["2026-04-02", 2, 0]]);
  });
});

describe("drill-down: the breached items of one day", () => {
  const day2 = { from: new Date("2026-04-01T22:00:00Z"), to: TO };
  const base = { workspaceId: fx?.workspaceId, hours: "calendar" as const, filters: {}, sla: "breached" as const };

  it("lists the conversations whose response breached the SLA that local day, newest first", async () => {
    const page = await drillConversations(db, { ...base, workspaceId: fx.workspaceId, ...day2 });
    // ROWS 6, 7, 8 breached on April 2nd (local): 23:30 first, then the two of 10:00Z (by id, descending).
    expect(page.items[0]).toMatchObject({ id: ids[8], longestSeconds: 700, priority: "urgent", targetMinutes: 10 });
    expect(new Set(page.items.map((i) => i.id))).toEqual(new Set([ids[6], ids[7], ids[8]]));
    expect(page.nextCursor).toBeNull();
    expect(await countDrillConversations(db, { ...base, workspaceId: fx.workspaceId, ...day2 })).toBe(3);
  });

  it("pages with the keyset cursor without repeating or skipping, and keeps the filters", async () => {
    const q = { ...base, workspaceId: fx.workspaceId, from: FROM, to: TO };
    const first = await drillConversations(db, { ...q, limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await drillConversations(db, { ...q, limit: 3, cursor: decodeCursor(first.nextCursor!) });
    const all = [...first.items, ...second.items].map((i) => i.id);
    expect(new Set(all)).toEqual(new Set([ids[2], ids[3], ids[6], ids[7], ids[8]]));
    expect(all).toHaveLength(5);
    const personas = await drillConversations(db, { ...q, filters: { identityKind: "persona" } });
    expect(new Set(personas.items.map((i) => i.id))).toEqual(new Set([ids[3], ids[7]]));
    const met = await drillConversations(db, { ...q, sla: "met" });
    expect(new Set(met.items.map((i) => i.id))).toEqual(new Set([ids[0], ids[1], ids[4], ids[5]]));
  });
});
