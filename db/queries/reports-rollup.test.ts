import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import {
  messages,
  responseRollups,
  responseRollupsByIdentity,
  responseRollupsByIdentityWeekly,
  responseSlaDaily,
  responses,
  workspaces,
} from "../schema";
import { CATEGORIES, PRIORITIES } from "../schema/enums";
import { exactResponseStats, type Dimension, type ResponseStat, type SliceQuery } from "./reports-histograms";
import { rollupResponseStats } from "./reports-stats";
import { slaStats } from "./reports-sla";

const db = testDb();
let fx: WorkspaceFixture;
const FROM = new Date("2026-01-01T00:00:00Z");
const DAYS = 60;

// A deterministic generator: log-normal response times (long right tail), several members, both voices.
function* generated(count: number) {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const normal = () => Math.sqrt(-2 * Math.log(random() || 1e-9)) * Math.cos(2 * Math.PI * random());
  for (let i = 0; i < count; i++) {
    const seconds = Math.round(Math.exp(Math.log(1_800) + 1.3 * normal()));
    yield {
      persona: random() < 0.4,
      userIndex: Math.floor(random() * 3),
      priority: PRIORITIES[Math.floor(random() * 4)]!,
      category: CATEGORIES[Math.floor(random() * 4)]!,
      respondedAt: new Date(FROM.getTime() + random() * DAYS * 86_400_000),
      seconds,
      business: random() < 0.1 ? null : Math.round(seconds * random()),
      isFirst: random() < 0.3,
    };
  }
}

async function insertResponses(rows: ReturnType<typeof generated>) {
  const users = [fx.users.manager.id, fx.users.community_manager.id, fx.users.social_media_manager.id];
  const all = [...rows];
  const ids = all.map(() => randomUUID());
  for (let start = 0; start < all.length; start += 500) {
    const chunk = all.slice(start, start + 500);
    const chunkIds = ids.slice(start, start + 500);
    await db.insert(messages).values(
      chunk.map((r, i) => ({
        id: chunkIds[i]!,
        workspaceId: fx.workspaceId,
        conversationId: fx.conversationId,
        channelId: fx.channelId,
        direction: "outbound" as const,
        body: "answer",
        identityId: r.persona ? fx.identities.persona : fx.identities.brand,
        deliveryStatus: "sent" as const,
        sentAt: r.respondedAt,
      })),
    );
    // A persona answering through the brand's channel: identity persona, channel the brand's.
    await db.insert(responses).values(
      chunk.map((r, i) => ({
        workspaceId: fx.workspaceId,
        conversationId: fx.conversationId,
        messageId: chunkIds[i]!,
        identityId: r.persona ? fx.identities.persona : fx.identities.brand,
        identityKind: r.persona ? ("persona" as const) : ("brand" as const),
        userId: users[r.userIndex]!,
        channelId: fx.channelId,
        priority: r.priority,
        category: r.category,
        waitStartedAt: new Date(r.respondedAt.getTime() - r.seconds * 1000),
        respondedAt: r.respondedAt,
        responseSeconds: r.seconds,
        businessSeconds: r.business,
        isFirst: r.isFirst,
      })),
    );
  }
}

const rollupRows = async () => ({
  fine: await db
    .select()
    .from(responseRollups)
    .where(and(eq(responseRollups.workspaceId, fx.workspaceId), sql`responses <> 0`))
    .orderBy(sql`business, day, identity_id, user_id, channel_id, category, priority, is_first, bucket`),
  coarse: await db
    .select()
    .from(responseRollupsByIdentity)
    .where(and(eq(responseRollupsByIdentity.workspaceId, fx.workspaceId), sql`responses <> 0`))
    .orderBy(sql`business, day, identity_id, is_first, bucket`),
  weekly: await db
    .select()
    .from(responseRollupsByIdentityWeekly)
    .where(and(eq(responseRollupsByIdentityWeekly.workspaceId, fx.workspaceId), sql`responses <> 0`))
    .orderBy(sql`business, day, identity_id, is_first, bucket`),
  sla: await db
    .select()
    .from(responseSlaDaily)
    .where(and(eq(responseSlaDaily.workspaceId, fx.workspaceId), sql`responses <> 0`))
    .orderBy(sql`business, day, identity_id, priority, is_first`),
});

function expectClose(rollup: ResponseStat[], exact: ResponseStat[]) {
  expect(rollup.map((s) => s.key)).toEqual(exact.map((s) => s.key));
  rollup.forEach((r, i) => {
    const e = exact[i]!;
    expect(r.responses).toBe(e.responses);
    expect(r.firstResponses).toBe(e.firstResponses);
    expect(r.withinTarget).toBe(e.withinTarget); // SLA attainment is exact
    for (const field of ["medianSeconds", "p90Seconds", "firstMedianSeconds", "firstP90Seconds"] as const) {
      if (e[field] === null) expect(r[field]).toBeNull();
      else expect(Math.abs(r[field]! / e[field]! - 1), `${field} of ${r.key.join("/")}`).toBeLessThanOrEqual(0.05);
    }
  });
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Rollups");
  // Vienna: day boundaries and a DST change (29 March is outside the range; the zone offset still matters).
  await db.update(workspaces).set({ timezone: "Europe/Vienna" }).where(eq(workspaces.id, fx.workspaceId));
  await insertResponses(generated(6_000));
}, 60_000);

describe("response-time rollups", () => {
  const q = (groupBy: Dimension[], extra: Partial<SliceQuery> = {}): SliceQuery => ({
    workspaceId: fx.workspaceId,
    from: FROM,
    to: new Date(FROM.getTime() + DAYS * 86_400_000),
    hours: "calendar",
    groupBy,
    ...extra,
  });

  it.each<[string, Dimension[], Partial<SliceQuery>]>([
    ["by identity kind", ["identityKind"], {}],
    ["by week × identity kind", ["week", "identityKind"], {}],
    ["by member (fine rollup)", ["user"], {}],
    ["by day × identity (daily rollup)", ["day", "identity"], {}],
    ["by month", ["month"], {}],
    ["by priority in business hours", ["priority"], { hours: "business" }],
    ["by category for one persona", ["category"], { filters: { identityKind: "persona" } }],
    [
      "over a range with partial days",
      ["identityKind"],
      { from: new Date("2026-01-03T13:17:00Z"), to: new Date("2026-02-11T05:00:00Z") },
    ],
    ["within one partial day", [], { from: new Date("2026-01-05T10:00:00Z"), to: new Date("2026-01-05T20:00:00Z") }],
    [
      "by week × persona over partial days (packed weekly rows and both edges)",
      ["week", "identity"],
      {
        filters: { identityKind: "persona" },
        from: new Date("2026-01-03T13:17:00Z"),
        to: new Date("2026-02-11T05:00:00Z"),
      },
    ],
  ])("agrees with exact percentile_cont %s", async (_, groupBy, extra) => {
    const slice = q(groupBy, extra);
    expectClose(await rollupResponseStats(db, slice), await exactResponseStats(db, slice));
  });

  it.each<[string, Dimension[], Partial<SliceQuery>]>([
    ["by priority", ["priority"], {}],
    ["by week × identity kind in business hours", ["week", "identityKind"], { hours: "business" }],
    [
      "by day over partial days",
      ["day"],
      { from: new Date("2026-01-03T13:17:00Z"), to: new Date("2026-01-20T05:00:00Z") },
    ],
  ])("counts SLA attainment exactly %s", async (_, groupBy, extra) => {
    const slice = q(groupBy, extra);
    const exact = await exactResponseStats(db, slice);
    const sla = await slaStats(db, { ...slice, groupBy: groupBy as never });
    expect(sla).toEqual(
      exact.map((e) => ({
        key: e.key,
        responses: e.responses,
        withinTarget: e.withinTarget,
        slaAttainment: e.slaAttainment,
      })),
    );
  });

  it("follows deletes and updates, and a rebuild reproduces the incremental rows", async () => {
    await db.execute(
      sql`delete from responses where workspace_id = ${fx.workspaceId} and priority = 'low' and is_first`,
    );
    await db.execute(
      sql`update responses set category = 'praise' where workspace_id = ${fx.workspaceId} and category = 'question'`,
    );
    const slice = q(["category", "priority"]);
    expectClose(await rollupResponseStats(db, slice), await exactResponseStats(db, slice));

    const incremental = await rollupRows();
    await db.execute(sql`select rebuild_response_rollups(${fx.workspaceId}::uuid)`);
    expect(await rollupRows()).toEqual(incremental);
  });

  it("recounts SLA attainment when the workspace's targets change", async () => {
    await db
      .update(workspaces)
      .set({ slaTargets: { urgent: 5, high: 20, normal: 90, low: 600 } })
      .where(eq(workspaces.id, fx.workspaceId));
    const slice = q(["priority"]);
    expectClose(await rollupResponseStats(db, slice), await exactResponseStats(db, slice));
  });

  it("rolls back with the reply: a failed transaction leaves no counts", async () => {
    const before = await rollupRows();
    await expect(
      db.transaction(async (tx) => {
        await tx.update(responses).set({ responseSeconds: 5 }).where(eq(responses.workspaceId, fx.workspaceId));
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await rollupRows()).toEqual(before);
  });
});
