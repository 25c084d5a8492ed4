import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../connect";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { conversations, messages, notes } from "../schema";
import { parseQueueFilters } from "@/lib/inbox/filters";
import { inject } from "vitest";
import { bulkUpdateConversations } from "./queue-bulk";
import { assignConversation, claimNext } from "./queue-claim";
import { countQueueViews, listQueue } from "./queue-list";
import { snoozeConversation, wakeConversation, wakeJobKey } from "./queue-snooze";
import { escalateConversation } from "./queue-escalate";
import { createTaskList } from "@/lib/jobs/tasks";

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
const filters = (query: string) => parseQueueFilters(new URLSearchParams(query)).filters;

/** `n` open, unassigned conversations with due times one minute apart (the first is the most urgent). */
async function addOpen(w: WorkspaceFixture, n: number, extra: Partial<typeof conversations.$inferInsert> = {}) {
  const base = Date.now() + 60 * 60_000;
  const rows = await db
    .insert(conversations)
    .values(
      Array.from({ length: n }, (_, i) => ({
        workspaceId: w.workspaceId,
        channelId: w.channelId,
        contactId: w.contactId,
        kind: "dm" as const,
        identityId: w.identities.brand,
        slaDueAt: new Date(base + i * 60_000),
        waitingSince: new Date(),
        preview: `item ${i}`,
        ...extra,
      })),
    )
    .returning({ id: conversations.id, version: conversations.version });
  return rows;
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
  other = await createWorkspaceFixture(db);
});

describe("claim next", () => {
  it("gives many concurrent claimers distinct items, most urgent first, then says the queue is empty", async () => {
    const w = await createWorkspaceFixture(db);
    const created = await addOpen(w, 20);
    // The fixture's own conversation has no due time: last in SLA order.
    const pool = createDb(inject("databaseUrl"), { max: 12 });
    try {
      const claims = await Promise.all(
        Array.from({ length: 24 }, (_, i) =>
          claimNext(pool, { workspaceId: w.workspaceId, userId: Object.values(w.users)[i % 5]!.id }),
        ),
      );
      const got = claims.filter((c) => c !== null).map((c) => c.id);
      expect(got).toHaveLength(21);
      expect(new Set(got).size).toBe(21);
      expect(claims.filter((c) => c === null)).toHaveLength(3);
      expect(await claimNext(db, { workspaceId: w.workspaceId, userId: w.users.admin.id })).toBeNull();
      expect(got).toEqual(expect.arrayContaining(created.map((c) => c.id)));
    } finally {
      await pool.$client.end({ timeout: 5 });
    }
  });

  it("claims only what a community manager may answer (their persona's conversations)", async () => {
    const w = await createWorkspaceFixture(db);
    await addOpen(w, 3); // brand conversations: not theirs
    const cm = w.users.community_manager.id;
    const first = await claimNext(db, { workspaceId: w.workspaceId, userId: cm, scope: { operatorUserId: cm } });
    expect(first?.id).toBe(w.conversationId);
    expect(await claimNext(db, { workspaceId: w.workspaceId, userId: cm, scope: { operatorUserId: cm } })).toBeNull();
  });
});

describe("assign", () => {
  it("lets a member take an unassigned item but not someone else's; a manager may reassign", async () => {
    const [item] = await addOpen(fx, 1);
    const smm = fx.users.social_media_manager.id;
    const taken = await assignConversation(db, {
      workspaceId: fx.workspaceId,
      conversationId: item!.id,
      version: item!.version,
      assigneeId: smm,
      actorUserId: smm,
      mayAssignOthers: false,
    });
    expect(taken.ok).toBe(true);
    const version = taken.ok ? taken.value.version : 0;
    const stolen = await assignConversation(db, {
      workspaceId: fx.workspaceId,
      conversationId: item!.id,
      version,
      assigneeId: fx.users.community_manager.id,
      actorUserId: fx.users.community_manager.id,
      mayAssignOthers: false,
    });
    expect(stolen).toMatchObject({ ok: false, code: "forbidden" });
    const reassigned = await assignConversation(db, {
      workspaceId: fx.workspaceId,
      conversationId: item!.id,
      version,
      assigneeId: fx.users.analyst.id,
      actorUserId: fx.users.manager.id,
      mayAssignOthers: true,
    });
    expect(reassigned.ok).toBe(true);
    const foreign = await assignConversation(db, {
      workspaceId: other.workspaceId,
      conversationId: item!.id,
      version: version + 1,
      assigneeId: null,
      actorUserId: other.users.manager.id,
      mayAssignOthers: true,
    });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("snooze", () => {
  it("snoozes with one wake-up job per conversation, and the job reopens it at its time", async () => {
    const [item] = await addOpen(fx, 1);
    const until = new Date(Date.now() + 2 * 3_600_000);
    const input = { workspaceId: fx.workspaceId, conversationId: item!.id, actorUserId: fx.users.admin.id, until };
    const first = await snoozeConversation(db, { ...input, version: item!.version });
    expect(first.ok).toBe(true);
    const again = await snoozeConversation(db, { ...input, version: item!.version + 1, until: new Date(+until + 1e6) });
    expect(again.ok).toBe(true);
    const jobs = await db.execute<{ run_at: Date }>(
      sql`select run_at from graphile_worker.jobs where key = ${wakeJobKey(item!.id)}`,
    );
    expect(jobs).toHaveLength(1);
    // Too early: nothing happens. When the time has come (moved back here), the job reopens it.
    expect(await wakeConversation(db, { conversationId: item!.id })).toBe(false);
    await db
      .update(conversations)
      .set({ snoozedUntil: new Date(Date.now() - 1000) })
      .where(eq(conversations.id, item!.id));
    // The worker's task (lib/jobs/tasks.ts) is what runs at that time.
    const task = createTaskList(db)["wake-conversation"]!;
    const helpers = { logger: { debug: () => {} } } as unknown as Parameters<typeof task>[1];
    await task({ conversationId: item!.id }, helpers);
    const [row] = await db.select().from(conversations).where(eq(conversations.id, item!.id));
    expect(row).toMatchObject({ status: "open", snoozedUntil: null });
    expect(await wakeConversation(db, { conversationId: item!.id })).toBe(false);
  });

  it("refuses a time in the past", async () => {
    const [item] = await addOpen(fx, 1);
    const result = await snoozeConversation(db, {
      workspaceId: fx.workspaceId,
      conversationId: item!.id,
      version: item!.version,
      until: new Date(Date.now() - 60_000),
      actorUserId: fx.users.admin.id,
    });
    expect(result).toMatchObject({ ok: false, code: "bad_request" });
  });
});

describe("bulk actions", () => {
  it("reports what succeeded and what was skipped because it changed, is not allowed or is foreign", async () => {
    const items = await addOpen(fx, 4);
    const [foreign] = await addOpen(other, 1);
    // One item changes meanwhile.
    await db.update(conversations).set({ version: 7 }).where(eq(conversations.id, items[0]!.id));
    const cm = fx.users.community_manager.id;
    const result = await bulkUpdateConversations(db, {
      workspaceId: fx.workspaceId,
      items: [...items, foreign!, { id: fx.conversationId, version: 1 }],
      change: { type: "priority", priority: "urgent" },
      actorUserId: cm,
      scope: { operatorUserId: cm },
    });
    // A community manager may triage only their persona's conversation (the fixture's).
    expect(result.ok && result.value.succeeded).toEqual([fx.conversationId]);
    const reasons = result.ok ? Object.fromEntries(result.value.skipped.map((s) => [s.id, s.reason])) : {};
    expect(reasons[items[0]!.id]).toBe("forbidden");
    expect(reasons[foreign!.id]).toBe("not_found");

    const asManager = await bulkUpdateConversations(db, {
      workspaceId: fx.workspaceId,
      items: items.map((i) => ({ id: i.id, version: i.version })),
      change: { type: "resolve" },
      actorUserId: fx.users.manager.id,
    });
    expect(asManager.ok && asManager.value.succeeded).toHaveLength(3);
    expect(asManager.ok && asManager.value.skipped).toEqual([{ id: items[0]!.id, reason: "changed" }]);
  });
});

describe("views, filters, search and counts", () => {
  it("lists a view in SLA order with keyset pages, filters, searches and counts per view", async () => {
    const w = await createWorkspaceFixture(db);
    const ctx = { workspaceId: w.workspaceId, userId: w.users.manager.id, timeZone: "Europe/Vienna" };
    const items = await addOpen(w, 7);
    await addOpen(w, 2, { assigneeId: w.users.manager.id, priority: "urgent" });
    await db.insert(messages).values({
      workspaceId: w.workspaceId,
      conversationId: items[3]!.id,
      channelId: w.channelId,
      direction: "inbound",
      body: "Where is my order #4711_x?",
    });
    await db.insert(notes).values({
      workspaceId: w.workspaceId,
      conversationId: items[5]!.id,
      body: "@manager look",
      mentions: [w.users.manager.id],
    });

    const page1 = await listQueue(db, ctx, filters("view=unassigned"), { limit: 4 });
    expect(page1.items.map((i) => i.id)).toEqual(items.slice(0, 4).map((i) => i.id));
    const { decodeCursor } = await import("./keyset");
    const page2 = await listQueue(db, ctx, filters("view=unassigned"), {
      limit: 4,
      cursor: decodeCursor(page1.nextCursor!),
    });
    // The fixture's conversation has no due time, so it comes last (nulls last).
    expect(page2.items.map((i) => i.id)).toEqual([...items.slice(4).map((i) => i.id), w.conversationId]);

    expect((await listQueue(db, ctx, filters("view=mine&priority=urgent"))).items).toHaveLength(2);
    expect((await listQueue(db, ctx, filters("view=all&q=4711_x"))).items.map((i) => i.id)).toEqual([items[3]!.id]);
    expect((await listQueue(db, ctx, filters("view=all&q=%25%25%25"))).items).toHaveLength(0);
    expect((await listQueue(db, ctx, filters("view=mentions"))).items.map((i) => i.id)).toEqual([items[5]!.id]);
    expect((await listQueue(db, ctx, filters("view=all&sla=breached"))).items).toHaveLength(0);
    expect((await listQueue(db, ctx, filters("view=all&sla=ok"))).items).toHaveLength(9);
    expect((await listQueue(db, ctx, filters(`view=persona:${w.identities.persona}`))).items).toHaveLength(1);

    const counts = await countQueueViews(db, ctx);
    expect(counts).toMatchObject({ all: 10, mine: 2, unassigned: 8, brand: 9, mentions: 1 });
    expect(counts[`persona:${w.identities.persona}`]).toBe(1);
  });

  it("escalates to the brand queue with a note", async () => {
    const w = await createWorkspaceFixture(db);
    const cm = w.users.community_manager.id;
    const result = await escalateConversation(db, {
      workspaceId: w.workspaceId,
      conversationId: w.conversationId,
      version: 1,
      target: { to: "brand" },
      note: "Refund question, needs the brand",
      actorUserId: cm,
      scope: { operatorUserId: cm },
    });
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(conversations).where(eq(conversations.id, w.conversationId));
    expect(row).toMatchObject({ identityId: w.identities.brand, assigneeId: null });
    const toAnalyst = await escalateConversation(db, {
      workspaceId: w.workspaceId,
      conversationId: w.conversationId,
      version: 2,
      target: { to: "manager", managerId: w.users.analyst.id },
      note: "x",
      actorUserId: w.users.admin.id,
    });
    expect(toAnalyst).toMatchObject({ ok: false, code: "bad_request" });
  });
});
