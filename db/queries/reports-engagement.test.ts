import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { addContact, addConversation } from "../testing/report-builders";
import { channels, postMetrics, posts, postTargets } from "../schema";
import { engagementByIdentity, followUpRate, topPosts } from "./reports-engagement";

const db = testDb();
let fx: WorkspaceFixture;
let second: string;
const APRIL = { from: new Date("2026-04-01T00:00:00Z"), to: new Date("2026-05-01T00:00:00Z") };
const range = () => ({ workspaceId: fx.workspaceId, ...APRIL });

type Snap = { at: string; impressions: number; likes?: number; comments?: number; shares?: number; saves?: number };
async function addPost(kind: "brand" | "persona", body: string, publishedAt: string, targets: [string, Snap[]][]) {
  const [post] = await db
    .insert(posts)
    .values({
      workspaceId: fx.workspaceId,
      identityId: fx.identities[kind],
      body,
      status: "published",
      publishedAt: new Date(publishedAt),
    })
    .returning({ id: posts.id });
  for (const [channelId, snaps] of targets) {
    const [target] = await db
      .insert(postTargets)
      .values({ workspaceId: fx.workspaceId, postId: post!.id, channelId, idempotencyKey: `${post!.id}:${channelId}` })
      .returning({ id: postTargets.id });
    for (const { at, ...s } of snaps)
      await db.insert(postMetrics).values({
        workspaceId: fx.workspaceId,
        postId: post!.id,
        postTargetId: target!.id,
        ...s,
        capturedAt: new Date(at),
      });
  }
  return post!.id;
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Engagement");
  const [ig] = await db
    .insert(channels)
    .values({
      workspaceId: fx.workspaceId,
      platform: "instagram",
      handle: `@ig_${fx.tag}`,
      identityId: fx.identities.brand,
    })
    .returning({ id: channels.id });
  second = ig!.id;
  // Brand "Launch": latest snapshot per target counts (1000 + 500 impressions, 80 + 20 engagements).
  await addPost("brand", "Launch", "2026-04-10T09:00:00Z", [
    [
      fx.channelId,
      [
        { at: "2026-04-12T09:00:00Z", impressions: 1000, likes: 60, comments: 10, shares: 5, saves: 5 },
        { at: "2026-04-10T10:00:00Z", impressions: 9000, likes: 900 },
      ],
    ],
    [second, [{ at: "2026-04-11T09:00:00Z", impressions: 500, likes: 20 }]],
  ]);
  // Brand "Quiet": no metrics yet; still a post of the period.
  await addPost("brand", "Quiet", "2026-04-20T09:00:00Z", [[fx.channelId, []]]);
  // Persona "Hello": 300 impressions, 90 engagements; the best rate, fewer engagements than Launch.
  await addPost("persona", "Hello", "2026-04-15T09:00:00Z", [
    [fx.channelId, [{ at: "2026-04-16T09:00:00Z", impressions: 300, likes: 80, saves: 10 }]],
  ]);
  // March: out of the range.
  await addPost("brand", "Old", "2026-03-15T09:00:00Z", [
    [fx.channelId, [{ at: "2026-03-16T09:00:00Z", impressions: 10, likes: 10 }]],
  ]);

  const ada = await addContact(db, fx, "Ada");
  const ben = await addContact(db, fx, "Ben");
  // Brand replies to Ada on the 10th; she writes again on the 12th in another conversation: a follow-up.
  await addConversation(db, fx, {
    contactId: ada,
    messages: [{ at: "2026-04-10T09:00:00Z" }, { at: "2026-04-10T10:00:00Z", voice: "brand" }],
  });
  await addConversation(db, fx, { contactId: ada, messages: [{ at: "2026-04-12T10:00:00Z" }] });
  // Brand replies on the 20th; Ada's next message comes 8 days later: no follow-up. The reply of the 29th gets none.
  await addConversation(db, fx, {
    contactId: ada,
    messages: [
      { at: "2026-04-20T09:00:00Z" },
      { at: "2026-04-20T10:00:00Z", voice: "brand" },
      { at: "2026-04-28T10:01:00Z" },
      { at: "2026-04-29T12:00:00Z", voice: "brand" },
    ],
  });
  // The persona answers Ben, who writes back within the hour; automated and failed replies do not count.
  await addConversation(db, fx, {
    contactId: ben,
    routedTo: "persona",
    messages: [
      { at: "2026-04-11T09:00:00Z" },
      { at: "2026-04-11T09:01:00Z", voice: "persona", automated: true },
      { at: "2026-04-11T09:30:00Z", voice: "persona", failed: true },
      { at: "2026-04-11T10:00:00Z", voice: "persona" },
      { at: "2026-04-11T11:00:00Z" },
    ],
  });
});

describe("engagementByIdentity", () => {
  it("sums the latest snapshot of each target per identity, impression-weighted", async () => {
    const rows = await engagementByIdentity(db, range());
    expect(
      rows.map(({ kind, posts, impressions, engagements }) => ({ kind, posts, impressions, engagements })),
    ).toEqual([
      { kind: "brand", posts: 2, impressions: 1500, engagements: 100 },
      { kind: "persona", posts: 1, impressions: 300, engagements: 90 },
    ]);
    expect(rows[0]!.rate).toBeCloseTo(100 / 1500, 10);
    expect(rows[1]!.rate).toBeCloseTo(0.3, 10);
  });

  it("filters by channel through the post's targets", async () => {
    const rows = await engagementByIdentity(db, { ...range(), filters: { channelIds: [second] } });
    expect(rows).toEqual([expect.objectContaining({ kind: "brand", posts: 1, impressions: 500, engagements: 20 })]);
  });
});

describe("topPosts", () => {
  it("orders the period's posts by engagements", async () => {
    const rows = await topPosts(db, range());
    expect(rows.map((r) => [r.body, r.engagements])).toEqual([
      ["Launch", 100],
      ["Hello", 90],
      ["Quiet", 0],
    ]);
    expect(rows[2]!.rate).toBeNull();
    expect((await topPosts(db, { ...range(), limit: 1 })).map((r) => r.body)).toEqual(["Launch"]);
  });
});

describe("followUpRate", () => {
  it("is the share of replies after which the contact wrote again within 7 days", async () => {
    const rows = await followUpRate(db, { ...range(), now: new Date("2026-06-01T00:00:00Z") });
    expect(rows.map(({ kind, replies, followedUp }) => ({ kind, replies, followedUp }))).toEqual([
      { kind: "brand", replies: 3, followedUp: 1 },
      { kind: "persona", replies: 1, followedUp: 1 },
    ]);
    expect(rows[0]!.rate).toBeCloseTo(1 / 3, 10);
  });

  it("leaves out replies whose 7 days have not passed yet", async () => {
    // On 3 May only replies sent before 26 April have had their full week: not the one of the 29th.
    const rows = await followUpRate(db, { ...range(), now: new Date("2026-05-03T00:00:00Z") });
    expect(rows.map(({ kind, replies, followedUp }) => ({ kind, replies, followedUp }))).toEqual([
      { kind: "brand", replies: 2, followedUp: 1 },
      { kind: "persona", replies: 1, followedUp: 1 },
    ]);
    expect(await followUpRate(db, { ...range(), now: new Date("2026-04-05T00:00:00Z") })).toEqual([]);
  });

  it("filters by voice kind", async () => {
    const rows = await followUpRate(db, {
      ...range(),
      now: new Date("2026-06-01T00:00:00Z"),
      filters: { identityKind: "persona" },
    });
    expect(rows.map((r) => r.kind)).toEqual(["persona"]);
  });
});
