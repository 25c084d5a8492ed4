import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { percentile } from "@/lib/metrics/percentile";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { channels, messages, postMetrics, posts, postTargets, responses, workspaces } from "../schema";
import type { Priority } from "../schema/enums";
import { engagementByIdentityKind, responseTimesByIdentityKind } from "./reports";

const db = testDb();
let a: WorkspaceFixture;
let b: WorkspaceFixture;

const FROM = new Date("2026-04-01T00:00:00Z");
const TO = new Date("2026-05-01T00:00:00Z");
const range = (fx: WorkspaceFixture) => ({ workspaceId: fx.workspaceId, from: FROM, to: TO });

// Minutes per priority, deliberately different from the schema default.
const SLA = { urgent: 10, high: 30, normal: 60, low: 240 };

type R = { seconds: number; priority: Priority; first?: boolean; at?: string };
const BRAND: R[] = [
  { seconds: 120, priority: "normal", first: true },
  { seconds: 600, priority: "high" },
  { seconds: 900, priority: "urgent" }, // misses 10 min
  { seconds: 3000, priority: "normal" },
  { seconds: 7200, priority: "normal", first: true }, // misses 60 min
  { seconds: 14000, priority: "low", first: true },
];
const PERSONA: R[] = [
  { seconds: 60, priority: "urgent", first: true },
  { seconds: 300, priority: "high" },
  { seconds: 400, priority: "normal" },
  { seconds: 2000, priority: "high", first: true }, // misses 30 min
  { seconds: 45, priority: "low" },
];

async function addResponses(fx: WorkspaceFixture, kind: "brand" | "persona", rows: R[]) {
  const identityId = fx.identities[kind];
  for (const [i, r] of rows.entries()) {
    const respondedAt = new Date(r.at ?? `2026-04-${String(10 + i).padStart(2, "0")}T12:00:00Z`);
    const [message] = await db
      .insert(messages)
      .values({
        workspaceId: fx.workspaceId,
        conversationId: fx.conversationId,
        channelId: fx.channelId,
        direction: "outbound",
        body: "answer",
        identityId,
        deliveryStatus: "sent",
        sentAt: respondedAt,
      })
      .returning({ id: messages.id });
    await db.insert(responses).values({
      workspaceId: fx.workspaceId,
      conversationId: fx.conversationId,
      messageId: message!.id,
      identityId,
      identityKind: kind,
      channelId: fx.channelId,
      priority: r.priority,
      waitStartedAt: new Date(respondedAt.getTime() - r.seconds * 1000),
      respondedAt,
      responseSeconds: r.seconds,
      isFirst: r.first ?? false,
    });
  }
}

type Snapshot = {
  at: string;
  impressions: number;
  likes?: number;
  comments?: number;
  shares?: number;
  saves?: number;
  clicks?: number;
};

/** A post with one target per channel and metric snapshots per target. */
async function addPost(
  fx: WorkspaceFixture,
  kind: "brand" | "persona",
  publishedAt: string | null,
  targets: [string, Snapshot[]][],
) {
  const [post] = await db
    .insert(posts)
    .values({
      workspaceId: fx.workspaceId,
      identityId: fx.identities[kind],
      body: "post",
      status: publishedAt ? "published" : "draft",
      publishedAt: publishedAt ? new Date(publishedAt) : null,
    })
    .returning({ id: posts.id });
  for (const [channelId, snapshots] of targets) {
    const [target] = await db
      .insert(postTargets)
      .values({ workspaceId: fx.workspaceId, postId: post!.id, channelId, idempotencyKey: `${post!.id}:${channelId}` })
      .returning({ id: postTargets.id });
    for (const s of snapshots) {
      await db.insert(postMetrics).values({
        workspaceId: fx.workspaceId,
        postId: post!.id,
        postTargetId: target!.id,
        ...s,
        capturedAt: new Date(s.at),
      });
    }
  }
}

beforeAll(async () => {
  [a, b] = await Promise.all([createWorkspaceFixture(db, "Reports A"), createWorkspaceFixture(db, "Reports B")]);
  await db.update(workspaces).set({ slaTargets: SLA }).where(eq(workspaces.id, a.workspaceId));
  await addResponses(a, "brand", [
    ...BRAND,
    { seconds: 99_999, priority: "normal", at: "2026-05-01T00:00:00Z" }, // `to` is exclusive
    { seconds: 99_999, priority: "normal", at: "2026-03-31T23:59:59Z" },
  ]);
  await addResponses(a, "persona", PERSONA);
  await addResponses(b, "brand", [{ seconds: 50_000, priority: "urgent", first: true }]);

  const [second] = await db
    .insert(channels)
    .values({
      workspaceId: a.workspaceId,
      platform: "instagram",
      handle: `@ig_${a.tag}`,
      identityId: a.identities.brand,
    })
    .returning({ id: channels.id });
  const [c1, c2] = [a.channelId, second!.id];
  await addPost(a, "brand", "2026-04-10T09:00:00Z", [
    // The earlier snapshot is inserted last and is bigger: only captured_at decides which one counts.
    [
      c1,
      [
        { at: "2026-04-12T09:00:00Z", impressions: 1000, likes: 50, comments: 10, shares: 5, saves: 5 },
        { at: "2026-04-10T10:00:00Z", impressions: 5000, likes: 400 },
      ],
    ],
    [c2, [{ at: "2026-04-11T09:00:00Z", impressions: 500, likes: 8, comments: 2, clicks: 70 }]],
  ]);
  await addPost(a, "brand", "2026-04-20T09:00:00Z", [
    [c1, [{ at: "2026-04-21T09:00:00Z", impressions: 200, likes: 30, saves: 10, clicks: 999 }]],
  ]);
  await addPost(a, "persona", "2026-04-15T09:00:00Z", [
    [c1, [{ at: "2026-04-16T09:00:00Z", impressions: 300, likes: 20, comments: 5, shares: 3, saves: 2 }]],
  ]);
  await addPost(a, "brand", "2026-03-01T09:00:00Z", [
    [c1, [{ at: "2026-03-02T09:00:00Z", impressions: 10, likes: 10 }]],
  ]);
  await addPost(a, "persona", null, [[c2, [{ at: "2026-04-16T09:00:00Z", impressions: 10, likes: 10 }]]]);
  await addPost(b, "brand", "2026-04-10T09:00:00Z", [
    [b.channelId, [{ at: "2026-04-11T09:00:00Z", impressions: 10, likes: 9 }]],
  ]);
});

describe("responseTimesByIdentityKind", () => {
  const expected = (rows: R[]) => {
    const seconds = rows.map((r) => r.seconds);
    return {
      responses: rows.length,
      medianSeconds: percentile(seconds, 0.5),
      p90Seconds: percentile(seconds, 0.9),
      firstMedianSeconds: percentile(
        rows.filter((r) => r.first).map((r) => r.seconds),
        0.5,
      ),
      slaAttainment: rows.filter((r) => r.seconds <= SLA[r.priority] * 60).length / rows.length,
    };
  };

  it("computes median, p90, first-response median and SLA attainment per voice kind", async () => {
    const rows = await responseTimesByIdentityKind(db, range(a));
    expect(rows.map((r) => r.identityKind)).toEqual(["brand", "persona"]);
    const [brand, persona] = rows;
    for (const [actual, want] of [
      [brand!, expected(BRAND)],
      [persona!, expected(PERSONA)],
    ] as const) {
      expect(actual.responses).toBe(want.responses);
      expect(actual.medianSeconds).toBeCloseTo(want.medianSeconds!, 6);
      expect(actual.p90Seconds).toBeCloseTo(want.p90Seconds!, 6);
      expect(actual.firstMedianSeconds).toBeCloseTo(want.firstMedianSeconds!, 6);
      expect(actual.slaAttainment).toBeCloseTo(want.slaAttainment, 6);
    }
  });

  it("matches the hand-computed numbers", async () => {
    const [brand, persona] = await responseTimesByIdentityKind(db, range(a));
    // brand: 120 600 900 3000 7200 14000 → median (900+3000)/2, p90 at rank 4.5 → 7200+0.5·6800; SLA 4 of 6.
    expect(brand).toMatchObject({ responses: 6, medianSeconds: 1950, p90Seconds: 10600, firstMedianSeconds: 7200 });
    expect(brand!.slaAttainment).toBeCloseTo(4 / 6, 6);
    // persona: 45 60 300 400 2000 → median 300, p90 at rank 3.6 → 400+0.6·1600; SLA 4 of 5.
    expect(persona).toMatchObject({
      responses: 5,
      medianSeconds: 300,
      p90Seconds: 1360,
      firstMedianSeconds: 1030,
      slaAttainment: 0.8,
    });
  });

  it("sees only the workspace's own responses", async () => {
    const rows = await responseTimesByIdentityKind(db, range(b));
    expect(rows).toEqual([
      {
        identityKind: "brand",
        responses: 1,
        medianSeconds: 50_000,
        p90Seconds: 50_000,
        firstMedianSeconds: 50_000,
        slaAttainment: 0,
      },
    ]);
  });

  it("returns no rows for an empty range", async () => {
    const empty = { ...range(a), from: new Date("2020-01-01T00:00:00Z"), to: new Date("2020-02-01T00:00:00Z") };
    expect(await responseTimesByIdentityKind(db, empty)).toEqual([]);
  });
});

describe("engagementByIdentityKind", () => {
  it("is impression-weighted over the latest snapshot per target", async () => {
    const rows = await engagementByIdentityKind(db, range(a));
    expect(rows.map((r) => r.identityKind)).toEqual(["brand", "persona"]);
    const [brand, persona] = rows;
    // brand: (70 + 10 + 40) / (1000 + 500 + 200); clicks and the earlier snapshot do not count.
    expect(brand).toMatchObject({ posts: 2, impressions: 1700, engagements: 120 });
    expect(brand!.rate).toBeCloseTo(120 / 1700, 10);
    // Not the mean of per-post rates (80/1500 and 40/200), which would overweight the small post.
    expect(brand!.rate).not.toBeCloseTo((80 / 1500 + 40 / 200) / 2, 3);
    expect(persona).toMatchObject({ posts: 1, impressions: 300, engagements: 30 });
    expect(persona!.rate).toBeCloseTo(0.1, 10);
  });

  it("sees only the workspace's own posts", async () => {
    const rows = await engagementByIdentityKind(db, range(b));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ identityKind: "brand", posts: 1, impressions: 10, engagements: 9 });
  });
});
