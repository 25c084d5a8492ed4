import { and, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, conversations, messages, notes } from "@/db/schema";
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

const actions = await import("./actions");
const db = testDb();
const en = MESSAGES.en.conversation;
let fx: WorkspaceFixture;
let other: WorkspaceFixture;

function signInAs(f: WorkspaceFixture, role: keyof WorkspaceFixture["users"]) {
  const user = f.users[role];
  session.user = { id: user.id, email: user.email, name: role, locale: "en", avatarUrl: null };
}

async function freshConversation(f: WorkspaceFixture) {
  const [row] = await db
    .insert(conversations)
    .values({
      workspaceId: f.workspaceId,
      channelId: f.channelId,
      contactId: f.contactId,
      // Routed to the persona the community manager operates, so that role may triage it too.
      identityId: f.identities.persona,
      kind: "comment",
      waitingSince: new Date(Date.now() - 60_000),
    })
    .returning({ id: conversations.id });
  return row!.id;
}
const outbound = (conversationId: string) =>
  db
    .select()
    .from(messages)
    .where(and(eq(messages.conversationId, conversationId), eq(messages.direction, "outbound")));

beforeAll(async () => {
  [fx, other] = await Promise.all([
    createWorkspaceFixture(db, "Reply actions"),
    createWorkspaceFixture(db, "Reply actions other"),
  ]);
});

describe("sendReplyAction", () => {
  it("a community manager answers as their persona; the signed reply and the audit event are stored", async () => {
    signInAs(fx, "community_manager");
    const conversationId = await freshConversation(fx);
    const result = await actions.sendReplyAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      identityId: fx.identities.persona,
      body: "On it!",
      resolve: true,
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        conversation: { status: "resolved", version: 2 },
        message: { body: "On it! -Tess", deliveryStatus: "queued" },
      },
    });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, conversationId), eq(auditEvents.action, "conversation.replied")));
    expect(audit).toMatchObject({
      actorUserId: fx.users.community_manager.id,
      data: { identityId: fx.identities.persona, resolved: true },
    });
  });

  it("refuses the brand to a community manager and a persona to a social media manager, with a translated reason", async () => {
    const conversationId = await freshConversation(fx);
    signInAs(fx, "community_manager");
    const asBrand = await actions.sendReplyAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      identityId: fx.identities.brand,
      body: "Hi",
      resolve: false,
    });
    signInAs(fx, "social_media_manager");
    const asPersona = await actions.sendReplyAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      identityId: fx.identities.persona,
      body: "Hi",
      resolve: false,
    });
    for (const r of [asBrand, asPersona])
      expect(r).toEqual({
        ok: false,
        error: {
          code: "forbidden",
          message: MESSAGES.en.errors.forbidden,
          fieldErrors: { identityId: [en.errors.voice] },
        },
      });
    expect(await outbound(conversationId)).toEqual([]);
  });

  it("an analyst cannot answer; nobody answers in a workspace they are not in", async () => {
    const conversationId = await freshConversation(fx);
    signInAs(fx, "analyst");
    const analyst = await actions.sendReplyAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      identityId: fx.identities.brand,
      body: "Hi",
      resolve: false,
    });
    signInAs(other, "admin");
    const outsider = await actions.sendReplyAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      identityId: fx.identities.brand,
      body: "Hi",
      resolve: false,
    });
    expect([analyst, outsider].map((r) => !r.ok && r.error.code)).toEqual(["forbidden", "not_found"]);
    expect(await outbound(conversationId)).toEqual([]);
  });

  it("bad input: empty, oversized, banned, over the platform limit, stale version", async () => {
    signInAs(fx, "admin");
    const conversationId = await freshConversation(fx);
    const base = {
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      identityId: fx.identities.brand,
      resolve: false,
    };
    const results = await Promise.all([
      actions.sendReplyAction({ ...base, body: "  " }),
      actions.sendReplyAction({ ...base, body: "x".repeat(10_001) }),
      actions.sendReplyAction({ ...base, body: "y".repeat(300) }),
      actions.sendReplyAction({ ...base, version: 9, body: "Hi" }),
    ]);
    expect(results.map((r) => !r.ok && [r.error.code, r.error.fieldErrors?.body?.[0] ?? null])).toEqual([
      ["bad_request", en.errors.empty],
      ["bad_request", "Use at most 10,000 characters."],
      ["bad_request", en.errors.tooLong.replace("{length}", "300").replace("{limit}", "280")],
      ["conflict", null],
    ]);
    expect(await outbound(conversationId)).toEqual([]);
  });
});

describe("addNoteAction and updateConversationAction", () => {
  it("adds a note with an audit event; refuses another workspace's conversation", async () => {
    signInAs(fx, "social_media_manager");
    const conversationId = await freshConversation(fx);
    const ok = await actions.addNoteAction({
      workspaceId: fx.workspaceId,
      conversationId,
      body: "FYI @Manager",
      mentions: [fx.users.manager.id],
    });
    expect(ok).toMatchObject({ ok: true, data: { mentioned: [fx.users.manager.id] } });
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, conversationId), eq(auditEvents.action, "conversation.note_added")));
    expect(audit).toBeDefined();
    const foreign = await actions.addNoteAction({
      workspaceId: fx.workspaceId,
      conversationId: other.conversationId,
      body: "x",
      mentions: [],
    });
    expect(!foreign.ok && foreign.error.code).toBe("not_found");
    expect(await db.select().from(notes).where(eq(notes.conversationId, other.conversationId))).toEqual([]);
  });

  it("only members with conversations.assign may assign someone else; taking it oneself is fine", async () => {
    signInAs(fx, "community_manager");
    const conversationId = await freshConversation(fx);
    const others = await actions.updateConversationAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      assigneeId: fx.users.manager.id,
    });
    const self = await actions.updateConversationAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 1,
      assigneeId: fx.users.community_manager.id,
    });
    expect([others.ok || others.error.code, self.ok]).toEqual(["forbidden", true]);
    signInAs(fx, "manager");
    const outsider = await actions.updateConversationAction({
      workspaceId: fx.workspaceId,
      conversationId,
      version: 2,
      assigneeId: other.users.admin.id,
    });
    expect(!outsider.ok && outsider.error).toMatchObject({
      code: "bad_request",
      fieldErrors: { assigneeId: [en.errors.assignee] },
    });
  });
});
