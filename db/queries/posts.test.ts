import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { posts } from "../schema";
import type { PostStatus } from "../schema/enums";
import { approvePost, listPosts } from "./posts";

const db = testDb();
let a: WorkspaceFixture;
let b: WorkspaceFixture;

async function addPost(fx: WorkspaceFixture, status: PostStatus, version = 1) {
  const [row] = await db
    .insert(posts)
    .values({
      workspaceId: fx.workspaceId,
      identityId: fx.identities.brand,
      authorUserId: fx.users.social_media_manager.id,
      body: `${status} post`,
      status,
      version,
    })
    .returning();
  return row!;
}

const load = async (id: string) => (await db.select().from(posts).where(eq(posts.id, id)))[0]!;

beforeAll(async () => {
  [a, b] = await Promise.all([createWorkspaceFixture(db, "Posts A"), createWorkspaceFixture(db, "Posts B")]);
});

describe("approvePost", () => {
  it("approves a post in review, appends to the approval trail and bumps the version", async () => {
    const before = await load(a.postId);
    expect(before).toMatchObject({ status: "in_review", version: 1 });
    const manager = a.users.manager.id;

    const result = await approvePost(db, { workspaceId: a.workspaceId, postId: a.postId, version: 1, userId: manager });

    expect(result).toEqual({
      ok: true,
      value: { id: a.postId, status: "scheduled", version: 2, scheduledAt: expect.any(Date) },
    });
    const after = await load(a.postId);
    expect(after.status).toBe("scheduled");
    expect(after.version).toBe(2);
    expect(after.approvalTrail).toHaveLength(before.approvalTrail.length + 1);
    expect(after.approvalTrail.slice(0, -1)).toEqual(before.approvalTrail);
    const step = after.approvalTrail.at(-1)!;
    expect(step).toMatchObject({ action: "approved", userId: manager });
    expect(Math.abs(Date.parse(step.at) - Date.now())).toBeLessThan(60_000);
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
  });

  it("refuses to approve twice: the second call is a conflict", async () => {
    const post = await addPost(a, "in_review");
    const userId = a.users.manager.id;
    expect((await approvePost(db, { workspaceId: a.workspaceId, postId: post.id, version: 1, userId })).ok).toBe(true);
    expect(await approvePost(db, { workspaceId: a.workspaceId, postId: post.id, version: 2, userId })).toEqual({
      ok: false,
      code: "conflict",
    });
    expect((await load(post.id)).approvalTrail).toHaveLength(1);
  });

  it.each(["draft", "approved", "scheduled", "published", "failed", "cancelled"] as const)(
    "refuses a post in status %s with conflict and changes nothing",
    async (status) => {
      const post = await addPost(a, status);
      const result = await approvePost(db, {
        workspaceId: a.workspaceId,
        postId: post.id,
        version: 1,
        userId: a.users.manager.id,
      });
      expect(result).toEqual({ ok: false, code: "conflict" });
      expect(await load(post.id)).toEqual(post);
    },
  );

  it("refuses a stale version with conflict", async () => {
    const post = await addPost(a, "in_review", 3);
    const result = await approvePost(db, {
      workspaceId: a.workspaceId,
      postId: post.id,
      version: 2,
      userId: a.users.manager.id,
    });
    expect(result).toEqual({ ok: false, code: "conflict" });
    expect(await load(post.id)).toEqual(post);
  });

  it("answers not_found for another workspace's post and writes nothing", async () => {
    const before = await load(b.postId);
    const result = await approvePost(db, {
      workspaceId: a.workspaceId,
      postId: b.postId,
      version: 1,
      userId: a.users.admin.id,
    });
    expect(result).toEqual({ ok: false, code: "not_found" });
    expect(await load(b.postId)).toEqual(before);
  });
});

describe("listPosts", () => {
  it("lists only the workspace's own posts in the window", async () => {
    const from = new Date(Date.now() - 24 * 3_600_000);
    const to = new Date(Date.now() + 30 * 24 * 3_600_000);
    const ids = (await listPosts(db, { workspaceId: b.workspaceId, from, to })).map((p) => p.id);
    expect(ids).toEqual([b.postId]);
    const none = await listPosts(db, {
      workspaceId: b.workspaceId,
      from: new Date("2000-01-01"),
      to: new Date("2000-02-01"),
    });
    expect(none).toEqual([]);
  });
});
