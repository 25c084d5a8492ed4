import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { conversations, savedReplies } from "../schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { getComposerContext } from "./composer";
import { getConversationView } from "./conversation-view";
import { recordInboundMessage } from "./inbound";
import { addNote } from "./notes";
import { listNotifications, markNotificationsRead } from "./notifications";
import { sendReply } from "./replies";

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;

beforeAll(async () => {
  [fx, other] = await Promise.all([
    createWorkspaceFixture(db, "Conversation view"),
    createWorkspaceFixture(db, "Conversation view other"),
  ]);
});

describe("getConversationView", () => {
  it("returns the thread oldest first with notes, and the contact panel; nothing for another workspace", async () => {
    await addNote(db, {
      workspaceId: fx.workspaceId,
      conversationId: fx.conversationId,
      authorUserId: fx.users.manager.id,
      body: "Check the order",
      mentions: [],
    });
    const view = await getConversationView(db, { workspaceId: fx.workspaceId, conversationId: fx.conversationId });
    expect(view!.thread.map((i) => i.type)).toEqual(["message", "note"]);
    expect(view!.conversation.contact.id).toBe(fx.contactId);
    expect(view!.earlier.count).toBe(0);
    expect(
      await getConversationView(db, { workspaceId: other.workspaceId, conversationId: fx.conversationId }),
    ).toBeUndefined();
  });
});

describe("getComposerContext", () => {
  it("offers only the voices the member may use, with their saved replies plus the shared ones", async () => {
    await db.insert(savedReplies).values([
      { workspaceId: fx.workspaceId, title: "Shared", body: "Hi {{contact.name}}" },
      { workspaceId: fx.workspaceId, title: "Persona only", body: "Hey", identityId: fx.identities.persona },
      { workspaceId: fx.workspaceId, title: "Brand only", body: "Hello", identityId: fx.identities.brand },
    ]);
    const cm = await getComposerContext(db, {
      workspaceId: fx.workspaceId,
      userId: fx.users.community_manager.id,
      role: "community_manager",
    });
    expect(cm.voices.map((v) => v.id)).toEqual([fx.identities.persona]);
    expect(cm.savedReplies.map((r) => r.title)).toEqual(["Persona only", "Shared"]);
    const analyst = await getComposerContext(db, {
      workspaceId: fx.workspaceId,
      userId: fx.users.analyst.id,
      role: "analyst",
    });
    expect(analyst.voices).toEqual([]);
    expect(analyst.savedReplies.map((r) => r.title)).toEqual(["Shared"]);
    expect(cm.members.map((m) => m.id)).not.toContain(fx.users.analyst.id);
  });
});

describe("notes and notifications", () => {
  it("notifies mentioned members of this workspace only, not the author, and marks read per member", async () => {
    const result = await addNote(db, {
      workspaceId: fx.workspaceId,
      conversationId: fx.conversationId,
      authorUserId: fx.users.community_manager.id,
      body: "@Manager please look",
      mentions: [fx.users.manager.id, fx.users.community_manager.id, other.users.manager.id],
    });
    expect(result.ok && result.value.mentioned).toEqual([fx.users.manager.id]);
    const list = await listNotifications(db, { workspaceId: fx.workspaceId, userId: fx.users.manager.id });
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      conversationId: fx.conversationId,
      excerpt: "@Manager please look",
      readAt: null,
    });
    expect(await markNotificationsRead(db, { workspaceId: other.workspaceId, userId: fx.users.manager.id })).toBe(0);
    expect(await markNotificationsRead(db, { workspaceId: fx.workspaceId, userId: fx.users.manager.id })).toBe(1);
    expect((await listNotifications(db, { workspaceId: fx.workspaceId, userId: fx.users.manager.id })).unread).toBe(0);
  });
});

describe("recordInboundMessage", () => {
  it("reopens a resolved conversation, starts a new wait once, bumps the version and ignores re-deliveries", async () => {
    const [c] = await db
      .insert(conversations)
      .values({
        workspaceId: fx.workspaceId,
        channelId: fx.channelId,
        contactId: fx.contactId,
        kind: "comment",
        waitingSince: new Date(Date.now() - 60_000),
      })
      .returning();
    const sent = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: c!.id,
      version: 1,
      identityId: fx.identities.brand,
      body: "Done!",
      user: { id: fx.users.admin.id, role: "admin" },
      resolve: true,
    });
    expect(sent.ok).toBe(true);
    const first = new Date(Date.now() - 5_000);
    expect(
      await recordInboundMessage(db, {
        workspaceId: fx.workspaceId,
        conversationId: c!.id,
        body: "One more thing",
        externalId: `x-${c!.id}-1`,
        sentAt: first,
      }),
    ).toMatchObject({ ok: true, value: { reopened: true } });
    expect(
      await recordInboundMessage(db, {
        workspaceId: fx.workspaceId,
        conversationId: c!.id,
        body: "And another",
        externalId: `x-${c!.id}-2`,
      }),
    ).toMatchObject({ ok: true, value: { reopened: false } });
    expect(
      await recordInboundMessage(db, {
        workspaceId: fx.workspaceId,
        conversationId: c!.id,
        body: "And another",
        externalId: `x-${c!.id}-2`,
      }),
    ).toEqual({ ok: true, value: { messageId: null, reopened: false } });
    const [after] = await db.select().from(conversations).where(eq(conversations.id, c!.id));
    expect(after).toMatchObject({ status: "open", waitingSince: first, version: 4, preview: "And another" });
    expect(after!.slaDueAt).toEqual(new Date(first.getTime() + 240 * 60_000));
    expect(
      await recordInboundMessage(db, {
        workspaceId: other.workspaceId,
        conversationId: c!.id,
        body: "x",
        externalId: "y",
      }),
    ).toEqual({ ok: false, code: "not_found" });
  });
});
