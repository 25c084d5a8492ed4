import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { SavePostInput } from "@/lib/calendar/schemas";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { channels, posts, postTargets } from "../schema";
import type { Role } from "../schema/enums";
import { listPosts } from "./posts";
import { savePost } from "./posts-save";
import { reschedulePost, transitionPost } from "./posts-workflow";

const db = testDb();
let a: WorkspaceFixture;
let b: WorkspaceFixture;
let instagram: string;
const TZ = "Europe/Berlin";
const future = new Date(Date.now() + 10 * 86_400_000);
const futureDay = future.toISOString().slice(0, 10);

const actor = (fx: WorkspaceFixture, role: Role) => ({ userId: fx.users[role].id, role });
const draft = (fx: WorkspaceFixture, patch: Partial<SavePostInput> = {}): SavePostInput => ({
  identityId: fx.identities.brand,
  channelIds: [fx.channelId],
  body: "Autumn is here",
  variants: [],
  media: [],
  campaign: "",
  tags: [],
  date: futureDay,
  time: "10:00",
  ...patch,
});
const count = async (fx: WorkspaceFixture) =>
  (
    await db
      .select({ n: sql<number>`count(*)::int` })
      .from(posts)
      .where(eq(posts.workspaceId, fx.workspaceId))
  )[0]!.n;
const save = (fx: WorkspaceFixture, role: Role, input: SavePostInput) =>
  db.transaction((tx) => savePost(tx, { workspaceId: fx.workspaceId, actor: actor(fx, role), input, timeZone: TZ }));

beforeAll(async () => {
  [a, b] = await Promise.all([createWorkspaceFixture(db, "Posts A"), createWorkspaceFixture(db, "Posts B")]);
  const [row] = await db
    .insert(channels)
    .values({
      workspaceId: a.workspaceId,
      platform: "instagram",
      handle: `@ig_${a.tag}`,
      identityId: a.identities.brand,
    })
    .returning({ id: channels.id });
  instagram = row!.id;
});

describe("savePost", () => {
  it("creates a brand draft for two channels with a variant, at the wall time in the workspace's zone", async () => {
    const result = await save(a, "social_media_manager", {
      ...draft(a),
      channelIds: [a.channelId, instagram],
      variants: [{ channelId: instagram, body: "Autumn is here 🍂 #autumn" }],
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value).toMatchObject({ status: "draft", version: 1, created: true });
    const [post] = await db.select().from(posts).where(eq(posts.id, result.value.id));
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: TZ, hour: "2-digit", minute: "2-digit" });
    expect(local.format(post!.scheduledAt!)).toBe("10:00");
    const targets = await db.select().from(postTargets).where(eq(postTargets.postId, result.value.id));
    expect(targets.map((t) => t.variant).sort()).toEqual(["Autumn is here 🍂 #autumn", null]);
  });

  it("refuses a community manager posting as the brand, writing nothing", async () => {
    const before = await count(a);
    const result = await save(a, "community_manager", draft(a));
    expect(result).toMatchObject({
      ok: false,
      code: "bad_request",
      fields: { identityId: [{ key: "calendar.errors.identityNotAllowed" }] },
    });
    expect(await count(a)).toBe(before);
  });

  it("lets the community manager draft as the persona they operate, on the brand's channel", async () => {
    const result = await save(a, "community_manager", draft(a, { identityId: a.identities.persona }));
    expect(result.ok).toBe(true);
  });

  it("refuses another workspace's channel, a time in the past and a variant of an unchosen channel", async () => {
    const foreign = await save(a, "social_media_manager", draft(a, { channelIds: [b.channelId] }));
    const past = await save(a, "social_media_manager", draft(a, { date: "2020-01-01" }));
    const variant = await save(
      a,
      "social_media_manager",
      draft(a, { variants: [{ channelId: instagram, body: "x" }] }),
    );
    expect(foreign).toMatchObject({ fields: { channelIds: [{ key: "calendar.errors.channelUnknown" }] } });
    expect(past).toMatchObject({ fields: { date: [{ key: "calendar.errors.past" }] } });
    expect(variant).toMatchObject({
      fields: { [`variants.${instagram}`]: [{ key: "calendar.errors.variantChannel" }] },
    });
  });

  it("refuses a save against a stale version as a conflict and keeps the newer text", async () => {
    const created = await save(a, "social_media_manager", draft(a));
    if (!created.ok) throw new Error("setup");
    const id = created.value.id;
    expect((await save(a, "social_media_manager", { ...draft(a, { body: "first" }), postId: id, version: 1 })).ok).toBe(
      true,
    );
    const stale = await save(a, "social_media_manager", { ...draft(a, { body: "second" }), postId: id, version: 1 });
    expect(stale).toMatchObject({
      ok: false,
      code: "conflict",
      fields: { version: [{ key: "calendar.errors.stale" }] },
    });
    expect((await db.select({ body: posts.body }).from(posts).where(eq(posts.id, id)))[0]!.body).toBe("first");
  });
});

describe("workflow", () => {
  async function submitted(role: Role = "social_media_manager") {
    const created = await save(a, role, draft(a));
    if (!created.ok) throw new Error("setup");
    const { id } = created.value;
    const result = await transitionPost(db, {
      workspaceId: a.workspaceId,
      actor: actor(a, role),
      postId: id,
      version: 1,
      action: "submit",
      comment: "",
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return { id, version: result.value.version };
  }

  it("refuses a manager approving their own post, and a rejection without a comment", async () => {
    const own = await submitted("manager");
    const refused = await transitionPost(db, {
      workspaceId: a.workspaceId,
      actor: actor(a, "manager"),
      postId: own.id,
      version: own.version,
      action: "approve",
      comment: "",
    });
    expect(refused).toMatchObject({
      ok: false,
      code: "forbidden",
      fields: { action: [{ key: "calendar.errors.ownPost" }] },
    });
    const other = await submitted();
    const silent = await transitionPost(db, {
      workspaceId: a.workspaceId,
      actor: actor(a, "manager"),
      postId: other.id,
      version: other.version,
      action: "reject",
      comment: "",
    });
    expect(silent).toMatchObject({
      ok: false,
      code: "bad_request",
      fields: { comment: [{ key: "calendar.errors.commentRequired" }] },
    });
  });

  it("approves, schedules (a publish job per target), and an edit after approval returns it to review", async () => {
    const post = await submitted();
    const approved = await transitionPost(db, {
      workspaceId: a.workspaceId,
      actor: actor(a, "manager"),
      postId: post.id,
      version: post.version,
      action: "approve",
      comment: "",
    });
    if (!approved.ok) throw new Error(JSON.stringify(approved));
    const scheduled = await transitionPost(db, {
      workspaceId: a.workspaceId,
      actor: actor(a, "social_media_manager"),
      postId: post.id,
      version: approved.value.version,
      action: "schedule",
      comment: "",
    });
    if (!scheduled.ok) throw new Error(JSON.stringify(scheduled));
    const jobs = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker.jobs where key in (select 'publish-target:' || id from post_targets where post_id = ${post.id})`,
    );
    expect(jobs[0]!.n).toBe(1);
    const edited = await save(a, "social_media_manager", {
      ...draft(a, { body: "changed" }),
      postId: post.id,
      version: scheduled.value.version,
    });
    expect(edited).toMatchObject({ ok: true, value: { status: "in_review", returnedToReview: true } });
    const after = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker.jobs where key in (select 'publish-target:' || id from post_targets where post_id = ${post.id})`,
    );
    expect(after[0]!.n).toBe(0);
  });

  it("refuses a stale reschedule and one into the past", async () => {
    const post = await submitted();
    const args = { workspaceId: a.workspaceId, actor: actor(a, "social_media_manager"), postId: post.id };
    const stale = await reschedulePost(db, { ...args, version: post.version - 1, scheduledAt: future });
    const past = await reschedulePost(db, {
      ...args,
      version: post.version,
      scheduledAt: new Date(Date.now() - 60_000),
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(past).toMatchObject({ ok: false, fields: { scheduledAt: [{ key: "calendar.errors.past" }] } });
    expect((await reschedulePost(db, { ...args, version: post.version, scheduledAt: future })).ok).toBe(true);
  });
});

describe("listPosts", () => {
  it("lists the window's posts of this workspace only, filtered by status", async () => {
    const from = new Date(Date.now() - 86_400_000);
    const to = new Date(Date.now() + 40 * 86_400_000);
    const all = await listPosts(db, { workspaceId: a.workspaceId, from, to });
    const inReview = await listPosts(db, { workspaceId: a.workspaceId, from, to, filters: { status: ["in_review"] } });
    expect(all.length).toBeGreaterThan(inReview.length);
    expect(inReview.every((p) => p.status === "in_review")).toBe(true);
    expect(all.some((p) => p.id === b.postId)).toBe(false);
  });
});
