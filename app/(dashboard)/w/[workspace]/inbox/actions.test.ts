import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { conversations } from "@/db/schema";
import { auditTrail } from "@/db/testing/audit";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import type { Role } from "@/db/schema/enum-values";
import { MESSAGES } from "@/lib/i18n/messages";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { setConversationStatusAction } = await import("./actions");
const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;

function signInAs(role: Role, from: WorkspaceFixture = fx) {
  const user = from.users[role];
  session.user = { id: user.id, email: user.email, name: role, locale: "en", avatarUrl: null };
}

async function conversation(id: string) {
  const [row] = await db
    .select({ status: conversations.status, version: conversations.version })
    .from(conversations)
    .where(eq(conversations.id, id));
  return row!;
}

/** A fresh open conversation in fx routed to `identityId` (null: not routed). */
async function routedTo(identityId: string | null) {
  const [row] = await db
    .insert(conversations)
    .values({
      workspaceId: fx.workspaceId,
      channelId: fx.channelId,
      contactId: fx.contactId,
      kind: "comment",
      identityId,
      preview: "Where is my order?",
    })
    .returning({ id: conversations.id });
  return row!.id;
}

beforeAll(async () => {
  [fx, other] = await Promise.all([
    createWorkspaceFixture(db, "Inbox actions"),
    createWorkspaceFixture(db, "Inbox actions other"),
  ]);
});

describe("setConversationStatusAction", () => {
  it("resolves, bumps the version and records who changed the status to what", async () => {
    signInAs("social_media_manager");
    const id = await routedTo(fx.identities.brand);
    const result = await setConversationStatusAction({
      workspaceId: fx.workspaceId,
      conversationId: id,
      status: "resolved",
      version: 1,
    });
    expect(result).toEqual({ ok: true, data: { id, status: "resolved", version: 2 } });
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: id })).toEqual([
      {
        action: "conversation.status_changed",
        actorUserId: fx.users.social_media_manager.id,
        objectType: "conversation",
        data: { status: "resolved" },
      },
    ]);
  });

  it("lets a community manager resolve a conversation routed to the persona they operate", async () => {
    signInAs("community_manager");
    const id = await routedTo(fx.identities.persona);
    expect(
      (
        await setConversationStatusAction({
          workspaceId: fx.workspaceId,
          conversationId: id,
          status: "resolved",
          version: 1,
        })
      ).ok,
    ).toBe(true);
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: id })).toHaveLength(1);
  });

  // Issue 6: community managers could resolve brand conversations they may not answer.
  it.each([
    ["the brand", () => fx.identities.brand],
    ["nobody", () => null],
  ])("refuses a community manager a conversation routed to %s, writing nothing", async (_, identity) => {
    signInAs("community_manager");
    const id = await routedTo(identity());
    const result = await setConversationStatusAction({
      workspaceId: fx.workspaceId,
      conversationId: id,
      status: "resolved",
      version: 1,
    });
    expect(result).toEqual({ ok: false, error: { code: "forbidden", message: MESSAGES.en.errors.forbidden } });
    expect(await conversation(id)).toEqual({ status: "open", version: 1 });
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: id })).toEqual([]);
  });

  it("refuses the analyst and another workspace's member, writing nothing", async () => {
    const id = await routedTo(fx.identities.brand);
    signInAs("analyst");
    const analyst = await setConversationStatusAction({
      workspaceId: fx.workspaceId,
      conversationId: id,
      status: "resolved",
      version: 1,
    });
    signInAs("admin", other);
    const outsider = await setConversationStatusAction({
      workspaceId: fx.workspaceId,
      conversationId: id,
      status: "resolved",
      version: 1,
    });
    expect([analyst.ok || analyst.error.code, outsider.ok || outsider.error.code]).toEqual(["forbidden", "not_found"]);
    expect(await conversation(id)).toEqual({ status: "open", version: 1 });
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: id })).toEqual([]);
  });

  it("refuses an unknown status as bad input and a stale version as a conflict", async () => {
    signInAs("manager");
    const id = await routedTo(fx.identities.brand);
    const bad = await setConversationStatusAction({
      workspaceId: fx.workspaceId,
      conversationId: id,
      status: "deleted" as never,
      version: 1,
    });
    const stale = await setConversationStatusAction({
      workspaceId: fx.workspaceId,
      conversationId: id,
      status: "resolved",
      version: 7,
    });
    expect([bad.ok || bad.error.code, stale.ok || stale.error.code]).toEqual(["bad_request", "conflict"]);
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: id })).toEqual([]);
  });
});
