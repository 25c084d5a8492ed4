import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, workspaces } from "../schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { listAuditEvents, listAuditFacets, type AuditFilters } from "./audit";
import { decodeCursor, type Keyset } from "./keyset";

const db = testDb();
const TZ = "Europe/Berlin";
let fx: WorkspaceFixture;
let other: WorkspaceFixture;

const BASE = Date.parse("2026-03-28T20:00:00.000Z");
const ACTIONS = ["channel.created", "channel.updated", "post.approved"] as const;

async function seedEvents(fixture: WorkspaceFixture, n: number) {
  const rows = Array.from({ length: n }, (_, i) => ({
    workspaceId: fixture.workspaceId,
    actorUserId: i % 2 === 0 ? fixture.users.admin.id : fixture.users.manager.id,
    action: ACTIONS[i % 3]!,
    objectType: ACTIONS[i % 3]!.split(".")[0]!,
    objectId: `obj-${i}`,
    data: { i },
  }));
  const inserted = await db.insert(auditEvents).values(rows).returning({ id: auditEvents.id });
  // Set in SQL (a JS Date has no microseconds): per instant, 7 hours apart, one event 1 µs earlier and two that
  // tie exactly, so the order needs the microseconds and the id.
  for (const [i, row] of inserted.entries()) {
    const at = new Date(BASE + Math.floor(i / 3) * 7 * 3_600_000)
      .toISOString()
      .replace("Z", `${i % 3 === 0 ? "000" : "001"}Z`);
    await db
      .update(auditEvents)
      .set({ createdAt: sql`${at}::timestamptz` })
      .where(eq(auditEvents.id, row.id));
  }
  return inserted.map((r) => r.id);
}

async function all(workspaceId: string, filters: AuditFilters = {}, limit = 4) {
  const seen: { id: string; createdAt: Date; action: string }[] = [];
  let cursor: Keyset | undefined;
  for (let guard = 0; guard < 100; guard++) {
    const page = await listAuditEvents(db, { workspaceId, timeZone: TZ, filters, cursor, limit });
    seen.push(...page.items);
    if (!page.nextCursor) return seen;
    cursor = decodeCursor(page.nextCursor);
  }
  throw new Error("pagination did not end");
}

beforeAll(async () => {
  [fx, other] = await Promise.all([createWorkspaceFixture(db), createWorkspaceFixture(db)]);
  await db.update(workspaces).set({ timezone: TZ }).where(eq(workspaces.id, fx.workspaceId));
  await Promise.all([seedEvents(fx, 30), seedEvents(other, 9)]);
});

describe("listAuditEvents", () => {
  it("pages newest first without skipping or repeating a row, even on equal timestamps", async () => {
    const rows = await all(fx.workspaceId);
    expect(rows).toHaveLength(30);
    expect(new Set(rows.map((r) => r.id)).size).toBe(30);
    const truth = await db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.workspaceId, fx.workspaceId))
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id));
    expect(rows.map((r) => r.id)).toEqual(truth.map((r) => r.id));
  });

  it("never shows another workspace's events", async () => {
    const mine = new Set((await all(fx.workspaceId)).map((r) => r.id));
    const theirs = await all(other.workspaceId);
    expect(theirs).toHaveLength(9);
    expect(theirs.some((r) => mine.has(r.id))).toBe(false);
  });

  it("filters by actor, exact action, action prefix and object type", async () => {
    expect(await all(fx.workspaceId, { actorUserId: fx.users.admin.id })).toHaveLength(15);
    expect(await all(fx.workspaceId, { actorUserId: other.users.admin.id })).toHaveLength(0);
    const exact = await all(fx.workspaceId, { action: "channel.created" });
    expect(exact).toHaveLength(10);
    expect(exact.every((r) => r.action === "channel.created")).toBe(true);
    expect(await all(fx.workspaceId, { action: "channel." })).toHaveLength(20);
    // A prefix is only a prefix when it ends with a dot; "channel" alone matches nothing.
    expect(await all(fx.workspaceId, { action: "channel" })).toHaveLength(0);
    expect(await all(fx.workspaceId, { objectType: "post" })).toHaveLength(10);
    expect(await all(fx.workspaceId, { objectType: "post", actorUserId: fx.users.admin.id }, 2)).toHaveLength(5);
  });

  it("filters by whole days in the workspace's time zone (across the DST change)", async () => {
    // Events every 7 h from 2026-03-28 21:00 Berlin (CET); 2026-03-29 is the 23-hour DST day.
    const day = await all(fx.workspaceId, { from: "2026-03-29", to: "2026-03-29" });
    for (const row of day) {
      const local = new Intl.DateTimeFormat("en-CA", {
        timeZone: TZ,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      }).format(row.createdAt);
      expect(local).toBe("2026-03-29");
    }
    // 2026-03-29 00:00 CET = 03-28 23:00Z → events at 03:00Z, 10:00Z, 17:00Z (of 03-29) → 3 instants × 3 events.
    expect(day).toHaveLength(9);
    expect(await all(fx.workspaceId, { from: "2026-03-28", to: "2026-03-28" })).toHaveLength(3);
    expect(await all(fx.workspaceId, { from: "2027-01-01" })).toHaveLength(0);
  });

  it("offers the actions, object types and actors that occur in the workspace only", async () => {
    const facets = await listAuditFacets(db, { workspaceId: fx.workspaceId });
    expect(facets.actions).toEqual(["channel.created", "channel.updated", "post.approved"]);
    expect(facets.objectTypes).toEqual(["channel", "post"]);
    expect(facets.actors.map((a) => a.id).sort()).toEqual([fx.users.admin.id, fx.users.manager.id].sort());
  });
});

describe("names and changes for readers", () => {
  it("names the object as it is called today, only from the event's workspace, and gives a status change its start", async () => {
    const fixture = await createWorkspaceFixture(db);
    const event = (action: string, objectType: string, objectId: string, data: Record<string, unknown> = {}) => ({
      workspaceId: fixture.workspaceId,
      actorUserId: fixture.users.admin.id,
      action,
      objectType,
      objectId,
      data,
    });
    await db.insert(auditEvents).values(event("identity.updated", "identity", fixture.identities.persona));
    await db.insert(auditEvents).values(event("post.approved", "post", fixture.postId));
    await db
      .insert(auditEvents)
      .values(event("member.role_changed", "user", fixture.users.analyst.id, { from: "analyst", to: "manager" }));
    // Another workspace's object id must not resolve to a name here.
    await db.insert(auditEvents).values(event("identity.updated", "identity", other.identities.brand));
    await db
      .insert(auditEvents)
      .values(event("conversation.status_changed", "conversation", fixture.conversationId, { status: "resolved" }));
    await db
      .insert(auditEvents)
      .values(event("conversation.status_changed", "conversation", fixture.conversationId, { status: "open" }));

    const { items: rows } = await listAuditEvents(db, { workspaceId: fixture.workspaceId, timeZone: TZ, limit: 50 });
    const byAction = (action: string) => rows.filter((r) => r.action === action);
    const [persona, foreign] = byAction("identity.updated").reverse();
    expect(persona!.objectName).toBe(`Persona ${fixture.tag}`);
    expect(foreign!.objectName).toBeNull();
    expect(byAction("post.approved")[0]!.objectName).toBe(`Autumn drop ${fixture.tag}`);
    expect(byAction("member.role_changed")[0]!.objectName).toBe(`Test analyst ${fixture.tag}`);
    const [reopened, resolved] = byAction("conversation.status_changed");
    expect(reopened!.previousStatus).toBe("resolved");
    expect(resolved!.previousStatus).toBeNull();
    expect(reopened!.objectName).toEqual(expect.any(String));
  });
});
