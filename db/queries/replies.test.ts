import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { channels, conversations, identities, messages, responses, sandboxDeliveries, workspaces } from "../schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { auditEvents } from "../schema";
import { sendReply, retryDelivery } from "./replies";
import { deliverMessage } from "./delivery";

const db = testDb();
let fx: WorkspaceFixture;

async function freshConversation(minutesWaiting = 30) {
  const waitingSince = new Date(Date.now() - minutesWaiting * 60_000);
  const [row] = await db
    .insert(conversations)
    .values({
      workspaceId: fx.workspaceId,
      channelId: fx.channelId,
      contactId: fx.contactId,
      kind: "comment",
      category: "criticism",
      priority: "high",
      identityId: fx.identities.persona,
      waitingSince,
      lastMessageAt: waitingSince,
    })
    .returning();
  await db.insert(messages).values({
    workspaceId: fx.workspaceId,
    conversationId: row!.id,
    channelId: fx.channelId,
    direction: "inbound",
    body: "Where is my order?",
    sentAt: waitingSince,
  });
  return row!;
}

const cm = () => ({ id: fx.users.community_manager.id, role: "community_manager" as const });
const smm = () => ({ id: fx.users.social_media_manager.id, role: "social_media_manager" as const });

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Replies");
  await db
    .update(identities)
    .set({ voiceGuide: { tone: "", use: [], avoid: [], banned: ["cheap"] } })
    .where(eq(identities.id, fx.identities.persona));
});

async function jobsFor(messageId: string) {
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from graphile_worker.jobs where key = ${`deliver-reply:${messageId}`}`,
  );
  return rows[0]!.n;
}

describe("sendReply", () => {
  it("stores a queued, signed reply, its response row, the job and the audit event in one go", async () => {
    const conversation = await freshConversation(30);
    const now = new Date();
    const result = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: conversation.id,
      version: 1,
      identityId: fx.identities.persona,
      body: "On its way today!",
      user: cm(),
      now,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // A persona answering through the brand's account signs.
    expect(result.value.message.body).toBe("On its way today! -Tess");
    expect(result.value.conversation).toMatchObject({ version: 2, status: "open" });

    const [message] = await db.select().from(messages).where(eq(messages.id, result.value.message.id));
    expect(message).toMatchObject({
      direction: "outbound",
      deliveryStatus: "queued",
      identityId: fx.identities.persona,
      authorUserId: fx.users.community_manager.id,
    });
    const [response] = await db.select().from(responses).where(eq(responses.messageId, message!.id));
    expect(response).toMatchObject({
      identityKind: "persona",
      userId: fx.users.community_manager.id,
      channelId: fx.channelId,
      category: "criticism",
      priority: "high",
      isFirst: true,
    });
    expect(response!.waitStartedAt).toEqual(conversation.waitingSince);
    expect(response!.responseSeconds).toBe(Math.round((now.getTime() - conversation.waitingSince!.getTime()) / 1000));
    // The fixture workspace has no business hours: always open, business seconds equal calendar seconds.
    expect(response!.businessSeconds).toBe(response!.responseSeconds);
    expect(await jobsFor(message!.id)).toBe(1);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.objectId, conversation.id), eq(auditEvents.action, "conversation.replied")));
    expect(audit).toMatchObject({
      actorUserId: fx.users.community_manager.id,
      data: { messageId: message!.id, resolved: false },
    });

    const [after] = await db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(after).toMatchObject({ waitingSince: null, version: 2 });
    expect(after!.firstResponseAt).toEqual(now);
  });

  it("a second reply without a new inbound message writes no response; the next wait is not first", async () => {
    const conversation = await freshConversation(10);
    const first = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: conversation.id,
      version: 1,
      identityId: fx.identities.brand,
      body: "Hi",
      user: smm(),
    });
    const second = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: conversation.id,
      version: 2,
      identityId: fx.identities.brand,
      body: "And one more thing",
      user: smm(),
      resolve: true,
    });
    expect(first.ok && second.ok).toBe(true);
    const rows = await db.select().from(responses).where(eq(responses.conversationId, conversation.id));
    expect(rows).toHaveLength(1);
    expect(second.ok && second.value.conversation.status).toBe("resolved");
  });

  it("business seconds count only the workspace's schedule", async () => {
    const conversation = await freshConversation(0);
    const start = new Date("2026-03-06T16:00:00Z"); // Friday 17:00 in Berlin
    const end = new Date("2026-03-09T09:30:00Z"); // Monday 10:30 in Berlin
    await db.update(conversations).set({ waitingSince: start }).where(eq(conversations.id, conversation.id));
    await db
      .update(workspaces)
      .set({ timezone: "Europe/Berlin", businessHours: { "1": [["09:00", "18:00"]], "5": [["09:00", "18:00"]] } })
      .where(eq(workspaces.id, fx.workspaceId));
    try {
      const result = await sendReply(db, {
        workspaceId: fx.workspaceId,
        conversationId: conversation.id,
        version: 1,
        identityId: fx.identities.brand,
        body: "Sorry for the wait",
        user: smm(),
        now: end,
      });
      expect(result.ok).toBe(true);
      const [row] = await db.select().from(responses).where(eq(responses.conversationId, conversation.id));
      expect(row!.businessSeconds).toBe(2.5 * 3600); // Friday 17–18 + Monday 9–10:30
      expect(row!.responseSeconds).toBe((end.getTime() - start.getTime()) / 1000);
    } finally {
      await db.update(workspaces).set({ timezone: "UTC", businessHours: {} }).where(eq(workspaces.id, fx.workspaceId));
    }
  });

  it("refuses voices the user may not use, banned terms, empty and over-long text, and writes nothing", async () => {
    const conversation = await freshConversation();
    const base = { workspaceId: fx.workspaceId, conversationId: conversation.id, version: 1 };
    const results = await Promise.all([
      sendReply(db, { ...base, identityId: fx.identities.persona, body: "Hi", user: smm() }),
      sendReply(db, { ...base, identityId: fx.identities.brand, body: "Hi", user: cm() }),
      sendReply(db, { ...base, identityId: fx.identities.persona, body: "So CHEAP!", user: cm() }),
      sendReply(db, { ...base, identityId: fx.identities.persona, body: "   ", user: cm() }),
      sendReply(db, { ...base, identityId: fx.identities.persona, body: "x".repeat(281), user: cm() }),
    ]);
    expect(results).toEqual([
      { ok: false, code: "forbidden", fields: { identityId: [{ key: "conversation.errors.voice" }] } },
      { ok: false, code: "forbidden", fields: { identityId: [{ key: "conversation.errors.voice" }] } },
      {
        ok: false,
        code: "bad_request",
        fields: { body: [{ key: "conversation.errors.banned", values: { terms: "cheap" } }] },
      },
      { ok: false, code: "bad_request", fields: { body: [{ key: "conversation.errors.empty" }] } },
      {
        ok: false,
        code: "bad_request",
        fields: { body: [{ key: "conversation.errors.tooLong", values: { limit: 280, length: 287 } }] },
      },
    ]);
    const [after] = await db.select().from(conversations).where(eq(conversations.id, conversation.id));
    expect(after!.version).toBe(1);
    expect(
      await db
        .select()
        .from(messages)
        .where(and(eq(messages.conversationId, conversation.id), eq(messages.direction, "outbound"))),
    ).toEqual([]);
  });

  it("is not_found for another workspace's conversation and conflict for a stale version", async () => {
    const other = await createWorkspaceFixture(db, "Replies other");
    const conversation = await freshConversation();
    const foreign = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: other.conversationId,
      version: 1,
      identityId: fx.identities.brand,
      body: "Hi",
      user: smm(),
    });
    const stale = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: conversation.id,
      version: 7,
      identityId: fx.identities.brand,
      body: "Hi",
      user: smm(),
    });
    expect([foreign, stale]).toEqual([
      { ok: false, code: "not_found" },
      { ok: false, code: "conflict" },
    ]);
  });

  it("concurrent sends on one version: exactly one wins, the others conflict, nothing half-written", async () => {
    const conversation = await freshConversation();
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        sendReply(db, {
          workspaceId: fx.workspaceId,
          conversationId: conversation.id,
          version: 1,
          identityId: fx.identities.brand,
          body: `Answer ${i}`,
          user: smm(),
        }),
      ),
    );
    expect(attempts.filter((r) => r.ok)).toHaveLength(1);
    expect(attempts.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(5).fill("conflict"));
    const outbound = await db
      .select()
      .from(messages)
      .where(and(eq(messages.conversationId, conversation.id), eq(messages.direction, "outbound")));
    expect(outbound).toHaveLength(1);
    expect(await db.select().from(responses).where(eq(responses.conversationId, conversation.id))).toHaveLength(1);
  });
});

describe("deliverMessage", () => {
  async function queued(body: string) {
    const conversation = await freshConversation();
    const result = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: conversation.id,
      version: 1,
      identityId: fx.identities.brand,
      body,
      user: smm(),
    });
    if (!result.ok) throw new Error(result.code);
    return result.value.message.id;
  }
  const stored = (id: string) =>
    db
      .select()
      .from(messages)
      .where(eq(messages.id, id))
      .then((r) => r[0]!);
  const deliveries = (id: string) =>
    db
      .select()
      .from(sandboxDeliveries)
      .where(eq(sandboxDeliveries.idempotencyKey, `reply:${id}`));

  it("sends once; running the job again changes nothing", async () => {
    const id = await queued("Thanks for asking");
    const first = await deliverMessage(db, { messageId: id, attempt: 1, maxAttempts: 5 });
    const again = await deliverMessage(db, { messageId: id, attempt: 1, maxAttempts: 5 });
    expect(first.status).toBe("sent");
    expect(again).toEqual({ status: "skipped" });
    expect(await stored(id)).toMatchObject({
      deliveryStatus: "sent",
      externalId: first.status === "sent" ? first.externalId : "",
      attempts: 1,
    });
    expect(await deliveries(id)).toHaveLength(1);
  });

  it("after a crash between the platform's acceptance and our acknowledgement, the rerun gets the same post back", async () => {
    const id = await queued("We are on it");
    const message = await stored(id);
    const [channel] = await db.select().from(channels).where(eq(channels.id, message.channelId));
    const { sandboxConnector } = await import("@/lib/connectors/sandbox");
    // The platform accepted it; the worker died before it could mark the message sent.
    const accepted = await sandboxConnector({ db }).sendReply({
      channel: { id: channel!.id, workspaceId: fx.workspaceId, platform: "x", handle: channel!.handle, config: null },
      inReplyToExternalId: null,
      body: message.body,
      idempotencyKey: message.idempotencyKey!,
      signal: new AbortController().signal,
    });
    const rerun = await deliverMessage(db, { messageId: id, attempt: 2, maxAttempts: 5 });
    expect(accepted.ok && rerun.status === "sent" && rerun.externalId === accepted.value.externalId).toBe(true);
    expect(await deliveries(id)).toHaveLength(1);
  });

  it("retries transient failures, then fails with the reason; Retry requeues without a second post", async () => {
    const id = await queued("Hello [sandbox:fail]");
    expect(await deliverMessage(db, { messageId: id, attempt: 1, maxAttempts: 2 })).toEqual({
      status: "retry",
      reason: "network unavailable",
    });
    expect(await stored(id)).toMatchObject({ deliveryStatus: "queued", error: "network unavailable" });
    expect(await deliverMessage(db, { messageId: id, attempt: 2, maxAttempts: 2 })).toEqual({
      status: "failed",
      reason: "network unavailable",
    });
    expect(await stored(id)).toMatchObject({ deliveryStatus: "failed", attempts: 2 });

    expect(
      await retryDelivery(db, { workspaceId: fx.workspaceId, messageId: id, userId: fx.users.social_media_manager.id }),
    ).toEqual({ ok: true, value: { id } });
    expect(
      await retryDelivery(db, { workspaceId: fx.workspaceId, messageId: id, userId: fx.users.social_media_manager.id }),
    ).toEqual({ ok: false, code: "conflict" });
    expect(await stored(id)).toMatchObject({ deliveryStatus: "queued", error: null });
  });

  it("fails at once on a permanent refusal, and times out a hanging platform", async () => {
    const rejected = await queued("[sandbox:reject] no");
    expect(await deliverMessage(db, { messageId: rejected, attempt: 1, maxAttempts: 5 })).toEqual({
      status: "failed",
      reason: "rejected by the platform",
    });
    const hanging = await queued("[sandbox:hang] hello?");
    const result = await deliverMessage(db, { messageId: hanging, attempt: 1, maxAttempts: 5, timeoutMs: 200 });
    expect(result).toEqual({ status: "retry", reason: "no answer within 0 s" });
    expect(await deliveries(hanging)).toHaveLength(0);
  });
});
