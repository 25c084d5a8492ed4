import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { conversations, identities } from "../schema";
import { parseQueueFilters } from "@/lib/inbox/filters";
import { apiConversations } from "./api-reads";
import { setConversationStatus } from "./conversations";
import { listQueue } from "./queue-list";
import { decodeCursor, type Keyset } from "./keyset";

const db = testDb();
let a: WorkspaceFixture;
let b: WorkspaceFixture;

/** Extra open conversations in a fixture's workspace; `at` sets last_message_at, several share one on purpose. */
async function addConversations(fx: WorkspaceFixture, at: (i: number) => Date | undefined, n: number) {
  const rows = await db
    .insert(conversations)
    .values(
      Array.from({ length: n }, (_, i) => ({
        workspaceId: fx.workspaceId,
        channelId: fx.channelId,
        contactId: fx.contactId,
        kind: "dm" as const,
        preview: `extra ${i}`,
        ...(at(i) ? { lastMessageAt: at(i) } : {}),
      })),
    )
    .returning({ id: conversations.id });
  return rows.map((r) => r.id);
}

async function allPages(workspaceId: string, limit: number) {
  const ids: string[] = [];
  let cursor: Keyset | undefined;
  for (let page = 0; page < 100; page++) {
    const result = await apiConversations(db, { workspaceId, filters: { status: "open" }, limit, cursor });
    expect(result.data.length).toBeLessThanOrEqual(limit);
    ids.push(...result.data.map((item) => item.id));
    if (!result.nextCursor) return ids;
    cursor = decodeCursor(result.nextCursor);
  }
  throw new Error("pagination did not end");
}

async function openIds(workspaceId: string) {
  const rows = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(and(eq(conversations.workspaceId, workspaceId), eq(conversations.status, "open")));
  return rows.map((r) => r.id).sort();
}

beforeAll(async () => {
  [a, b] = await Promise.all([
    createWorkspaceFixture(db, "Conversations A"),
    createWorkspaceFixture(db, "Conversations B"),
  ]);
  const base = Date.parse("2026-05-04T10:00:00.000Z");
  // Eleven more in A: pairs and triples share a timestamp so the id tie-breaker matters.
  await addConversations(a, (i) => new Date(base - Math.floor(i / 3) * 60_000), 11);
  await addConversations(b, () => new Date(base), 3);
  await db
    .update(conversations)
    .set({ status: "resolved" })
    .where(and(eq(conversations.workspaceId, a.workspaceId), eq(conversations.preview, "extra 0")));
});

// Keyset pages on (last_message_at, id), as the API lists conversations: ties and microseconds are the hard part.
describe("conversation pages (API)", () => {
  it("lists only the workspace's own conversations of the status asked for, newest activity first", async () => {
    const { data } = await apiConversations(db, {
      workspaceId: a.workspaceId,
      filters: { status: "open" },
      limit: 100,
    });
    const ids = data.map((i) => i.id);
    expect([...ids].sort()).toEqual(await openIds(a.workspaceId));
    for (const id of await openIds(b.workspaceId)) expect(ids).not.toContain(id);
    for (let i = 1; i < data.length; i++) {
      const [prev, cur] = [data[i - 1]!, data[i]!];
      const order = prev.lastMessageAt.localeCompare(cur.lastMessageAt) || (prev.id > cur.id ? 1 : -1);
      expect(order).toBeGreaterThan(0);
    }
    const resolved = await apiConversations(db, {
      workspaceId: a.workspaceId,
      filters: { status: "resolved" },
      limit: 100,
    });
    expect(resolved.data.length).toBeGreaterThan(0);
    expect(resolved.data.every((i) => i.status === "resolved")).toBe(true);
  });

  it.each([1, 2, 3, 5, 50])("returns every row exactly once across pages of %i", async (limit) => {
    const ids = await allPages(a.workspaceId, limit);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(await openIds(a.workspaceId));
  });

  // Rows stamped by the database (now()) carry microseconds; a cursor rounded to milliseconds would skip them.
  it("paginates rows whose last_message_at has microseconds", async () => {
    const fx = await createWorkspaceFixture(db, "Conversations microseconds");
    await addConversations(fx, () => undefined, 6);
    const ids = await allPages(fx.workspaceId, 2);
    expect([...ids].sort()).toEqual(await openIds(fx.workspaceId));
  });
});

describe("setConversationStatus", () => {
  it("changes the status and bumps the version", async () => {
    const [id] = await addConversations(a, () => new Date("2026-01-01T00:00:00Z"), 1);
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: id!,
      status: "resolved",
      version: 1,
    });
    expect(result).toEqual({ ok: true, value: { id, status: "resolved", version: 2 } });
    const [row] = await db.select().from(conversations).where(eq(conversations.id, id!));
    expect(row).toMatchObject({ status: "resolved", version: 2, snoozedUntil: null });
  });

  it("sets a snooze deadline when snoozing", async () => {
    const [id] = await addConversations(a, () => new Date("2026-01-01T00:00:00Z"), 1);
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: id!,
      status: "snoozed",
      version: 1,
    });
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(conversations).where(eq(conversations.id, id!));
    expect(row!.snoozedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("refuses a stale version with conflict and leaves the row unchanged", async () => {
    const [id] = await addConversations(a, () => new Date("2026-01-01T00:00:00Z"), 1);
    await db
      .update(conversations)
      .set({ version: sql`${conversations.version} + 1` })
      .where(eq(conversations.id, id!));
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: id!,
      status: "resolved",
      version: 1,
    });
    expect(result).toEqual({ ok: false, code: "conflict" });
    const [row] = await db.select().from(conversations).where(eq(conversations.id, id!));
    expect(row).toMatchObject({ status: "open", version: 2 });
  });

  it("answers not_found for another workspace's conversation and writes nothing", async () => {
    const before = await db.select().from(conversations).where(eq(conversations.id, b.conversationId));
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: b.conversationId,
      status: "resolved",
      version: before[0]!.version,
    });
    expect(result).toEqual({ ok: false, code: "not_found" });
    expect(await db.select().from(conversations).where(eq(conversations.id, b.conversationId))).toEqual(before);
  });

  it("answers not_found for an id that does not exist", async () => {
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: "00000000-0000-4000-8000-000000000000",
      status: "resolved",
      version: 1,
    });
    expect(result).toEqual({ ok: false, code: "not_found" });
  });
});

describe("triage scope (community managers triage only what they may answer)", () => {
  const operator = () => ({ operatorUserId: a.users.community_manager.id });

  it("lets an operator change a conversation routed to their active persona", async () => {
    const [id] = await addConversations(a, () => new Date("2026-01-01T00:00:00Z"), 1);
    await db.update(conversations).set({ identityId: a.identities.persona }).where(eq(conversations.id, id!));
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: id!,
      status: "resolved",
      version: 1,
      scope: operator(),
    });
    expect(result.ok).toBe(true);
  });

  it.each([
    ["routed to the brand", "brand"],
    ["routed to nobody", null],
    ["routed to a persona they do not operate", "otherPersona"],
  ] as const)("refuses one %s with forbidden and writes nothing", async (_, routedTo) => {
    const [otherPersona] = await db
      .insert(identities)
      .values({ workspaceId: a.workspaceId, kind: "persona", displayName: "Other", handle: "@other" })
      .returning({ id: identities.id });
    const identityId =
      routedTo === "brand" ? a.identities.brand : routedTo === "otherPersona" ? otherPersona!.id : null;
    const [id] = await addConversations(a, () => new Date("2026-01-01T00:00:00Z"), 1);
    await db.update(conversations).set({ identityId }).where(eq(conversations.id, id!));
    const result = await setConversationStatus(db, {
      workspaceId: a.workspaceId,
      conversationId: id!,
      status: "resolved",
      version: 1,
      scope: operator(),
    });
    expect(result).toEqual({ ok: false, code: "forbidden" });
    const [row] = await db.select().from(conversations).where(eq(conversations.id, id!));
    expect(row).toMatchObject({ status: "open", version: 1 });
    // The same conversation is open to an unrestricted scope (admin, manager, social media manager).
    expect(
      (
        await setConversationStatus(db, {
          workspaceId: a.workspaceId,
          conversationId: id!,
          status: "resolved",
          version: 1,
        })
      ).ok,
    ).toBe(true);
  });

  it("refuses a persona that was retired", async () => {
    const fx = await createWorkspaceFixture(db, "Conversations retired persona");
    await db.update(identities).set({ status: "retired" }).where(eq(identities.id, fx.identities.persona));
    const result = await setConversationStatus(db, {
      workspaceId: fx.workspaceId,
      conversationId: fx.conversationId,
      status: "resolved",
      version: 1,
      scope: { operatorUserId: fx.users.community_manager.id },
    });
    expect(result).toEqual({ ok: false, code: "forbidden" });
  });

  it("marks each queue row triageable or not for the asking member", async () => {
    const ctx = { workspaceId: a.workspaceId, userId: a.users.community_manager.id, timeZone: "UTC" };
    const all = parseQueueFilters(new URLSearchParams("view=all")).filters;
    const { items } = await listQueue(db, { ...ctx, scope: operator() }, all, { limit: 100 });
    const fixtureRow = items.find((i) => i.id === a.conversationId)!;
    expect(fixtureRow.triageable).toBe(true);
    expect(items.filter((i) => i.identity?.kind !== "persona").every((i) => !i.triageable)).toBe(true);
    const unrestricted = await listQueue(db, ctx, all, { limit: 100 });
    expect(unrestricted.items.every((i) => i.triageable)).toBe(true);
  });
});
