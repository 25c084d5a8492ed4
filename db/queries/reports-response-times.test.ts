import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { channels, identities, messages, responses, users, workspaces } from "../schema";
import type { Priority } from "../schema/enums";
import { responseTimesBy } from "./reports-response-times";

const db = testDb();
let a: WorkspaceFixture;
let b: WorkspaceFixture;
const FROM = new Date("2026-04-01T00:00:00Z");
const TO = new Date("2026-05-01T00:00:00Z");
const SLA = { urgent: 10, high: 30, normal: 60, low: 240 };

type R = { seconds: number; business?: number; priority: Priority; first?: boolean; persona?: boolean };
// The persona answers through the brand's channel (signed "-Tess"): the response counts for the persona.
const ROWS: R[] = [
  { seconds: 120, business: 60, priority: "normal", first: true },
  { seconds: 600, business: 600, priority: "high" },
  { seconds: 900, business: 0, priority: "urgent" }, // misses 10 min in calendar time
  { seconds: 3000, business: 3000, priority: "normal" },
  { seconds: 60, business: 60, priority: "urgent", first: true, persona: true },
  { seconds: 300, business: 100, priority: "high", persona: true },
  { seconds: 2000, business: 2000, priority: "high", first: true, persona: true }, // misses 30 min
];

async function add(fx: WorkspaceFixture, rows: R[]) {
  for (const [i, r] of rows.entries()) {
    const identityId = r.persona ? fx.identities.persona : fx.identities.brand;
    const respondedAt = new Date(`2026-04-${String(10 + i).padStart(2, "0")}T12:00:00Z`);
    const [message] = await db
      .insert(messages)
      .values({
        workspaceId: fx.workspaceId,
        conversationId: fx.conversationId,
        channelId: fx.channelId,
        direction: "outbound",
        body: "answer",
        identityId,
        authorUserId: r.persona ? fx.users.community_manager.id : fx.users.manager.id,
        deliveryStatus: "sent",
        sentAt: respondedAt,
      })
      .returning({ id: messages.id });
    await db.insert(responses).values({
      workspaceId: fx.workspaceId,
      conversationId: fx.conversationId,
      messageId: message!.id,
      identityId,
      identityKind: r.persona ? "persona" : "brand",
      userId: r.persona ? fx.users.community_manager.id : fx.users.manager.id,
      channelId: fx.channelId,
      priority: r.priority,
      waitStartedAt: new Date(respondedAt.getTime() - r.seconds * 1000),
      respondedAt,
      responseSeconds: r.seconds,
      businessSeconds: r.business ?? null,
      isFirst: r.first ?? false,
    });
  }
}

beforeAll(async () => {
  [a, b] = await Promise.all([
    createWorkspaceFixture(db, "API reports A"),
    createWorkspaceFixture(db, "API reports B"),
  ]);
  await db.update(workspaces).set({ slaTargets: SLA }).where(eq(workspaces.id, a.workspaceId));
  await add(a, ROWS);
  await add(b, [{ seconds: 50_000, priority: "urgent", first: true }]);
});

const query = (fx: WorkspaceFixture, groupBy: Parameters<typeof responseTimesBy>[1]["groupBy"], hours?: "business") =>
  responseTimesBy(db, { workspaceId: fx.workspaceId, from: FROM, to: TO, groupBy, hours });

describe("responseTimesBy (GET /reports/response-times)", () => {
  it("splits by voice kind in the contract's shape, hand-computed", async () => {
    expect(await query(a, "identityKind")).toEqual([
      // 120 600 900 3000 → median 750, p90 at rank 2.7 → 900 + 0.7·2100; within SLA: 3 of 4
      {
        key: { kind: "brand" },
        responses: 4,
        medianSeconds: 750,
        p90Seconds: expect.closeTo(2370, 6),
        firstResponses: 1,
        firstMedianSeconds: 120,
        slaAttainment: 0.75,
      },
      // 60 300 2000 → median 300, p90 at rank 1.8 → 300 + 0.8·1700; first: 60, 2000 → 1030; SLA 2 of 3
      {
        key: { kind: "persona" },
        responses: 3,
        medianSeconds: 300,
        p90Seconds: expect.closeTo(1660, 6),
        firstResponses: 2,
        firstMedianSeconds: 1030,
        slaAttainment: expect.closeTo(2 / 3, 9),
      },
    ]);
  });

  it("uses business seconds when asked (SLA against business time too)", async () => {
    const [brand] = await query(a, "identityKind", "business");
    // 0 60 600 3000 → median 330; every one within its target in business time except none: 900 → 0 s
    expect(brand).toMatchObject({ responses: 4, medianSeconds: 330, firstMedianSeconds: 60, slaAttainment: 1 });
  });

  it("names identities, channels (by handle) and members", async () => {
    const [persona] = await db.select().from(identities).where(eq(identities.id, a.identities.persona));
    const [channel] = await db.select().from(channels).where(eq(channels.id, a.channelId));
    const [member] = await db.select().from(users).where(eq(users.id, a.users.community_manager.id));
    const byIdentity = await query(a, "identity");
    expect(byIdentity.find((r) => "id" in r.key && r.key.id === persona!.id)?.key).toEqual({
      id: persona!.id,
      name: persona!.displayName,
    });
    expect(await query(a, "channel")).toMatchObject([
      { key: { id: a.channelId, name: channel!.handle }, responses: 7 },
    ]);
    const byUser = await query(a, "user");
    expect(byUser.find((r) => "id" in r.key && r.key.id === member!.id)).toMatchObject({
      key: { name: member!.name },
      responses: 3,
    });
  });

  it("sees only the workspace's own responses and returns nothing for an empty or inverted range", async () => {
    expect(await query(b, "identityKind")).toMatchObject([{ key: { kind: "brand" }, responses: 1, slaAttainment: 0 }]);
    const none = { workspaceId: a.workspaceId, groupBy: "identity" as const };
    expect(await responseTimesBy(db, { ...none, from: new Date("2020-01-01"), to: new Date("2020-02-01") })).toEqual(
      [],
    );
    expect(await responseTimesBy(db, { ...none, from: TO, to: FROM })).toEqual([]);
  });
});
