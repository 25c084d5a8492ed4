import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { posts } from "@/db/schema";
import type { Role } from "@/db/schema/enum-values";
import { auditTrail } from "@/db/testing/audit";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { approvePostAction } = await import("./actions");
const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;

function signInAs(role: Role, from: WorkspaceFixture = fx) {
  const user = from.users[role];
  session.user = { id: user.id, email: user.email, name: role, locale: "en", avatarUrl: null };
}
const post = async (id: string) =>
  (await db.select({ status: posts.status, version: posts.version }).from(posts).where(eq(posts.id, id)))[0]!;

beforeAll(async () => {
  [fx, other] = await Promise.all([
    createWorkspaceFixture(db, "Calendar actions"),
    createWorkspaceFixture(db, "Calendar actions other"),
  ]);
});

describe("approvePostAction", () => {
  it("refuses the social media manager and another workspace's admin, writing nothing", async () => {
    signInAs("social_media_manager");
    const smm = await approvePostAction({ workspaceId: fx.workspaceId, postId: fx.postId, version: 1 });
    signInAs("admin", other);
    const outsider = await approvePostAction({ workspaceId: fx.workspaceId, postId: fx.postId, version: 1 });
    expect([smm.ok || smm.error.code, outsider.ok || outsider.error.code]).toEqual(["forbidden", "not_found"]);
    expect(await post(fx.postId)).toEqual({ status: "in_review", version: 1 });
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: fx.postId })).toEqual([]);
  });

  it("refuses a malformed version as bad input and a stale one as a conflict", async () => {
    signInAs("manager");
    const bad = await approvePostAction({ workspaceId: fx.workspaceId, postId: fx.postId, version: "1" as never });
    const stale = await approvePostAction({ workspaceId: fx.workspaceId, postId: fx.postId, version: 9 });
    expect([bad.ok || bad.error.code, stale.ok || stale.error.code]).toEqual(["bad_request", "conflict"]);
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: fx.postId })).toEqual([]);
  });

  it("approves, bumps the version and records who approved", async () => {
    signInAs("manager");
    const result = await approvePostAction({ workspaceId: fx.workspaceId, postId: fx.postId, version: 1 });
    expect(result).toEqual({ ok: true, data: { id: fx.postId, status: "approved", version: 2 } });
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: fx.postId })).toEqual([
      { action: "post.approved", actorUserId: fx.users.manager.id, objectType: "post", data: { from: "in_review" } },
    ]);
  });
});
