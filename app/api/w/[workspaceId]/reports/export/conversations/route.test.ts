import { eq } from "drizzle-orm";
import { parse } from "csv-parse/sync";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, conversations, messages, responses, workspaces } from "@/db/schema";
import type { Priority } from "@/db/schema/enums";
import { createWorkspaceFixture, testDb, type FixtureUser, type WorkspaceFixture } from "@/db/testing/fixtures";
import { countReportConversations } from "@/db/queries/reports-conversations";
import { MESSAGES } from "@/lib/i18n/messages";
import { conversationCsvStream, conversationSlice, HIDDEN_MEMBER } from "@/lib/reports/conversations-export";
import { rangeOf, reportParamsSchema } from "@/lib/reports/params";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { GET } = await import("./route");
const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
const ids: Record<string, string> = {};
const SLA = { urgent: 10, high: 30, normal: 60, low: 240 };

const signIn = (u: FixtureUser) =>
  (session.user = { id: u.id, email: u.email, name: "x", locale: "en", avatarUrl: null });

type C = {
  name: string;
  created: string;
  persona?: boolean;
  priority?: Priority;
  category?: "praise" | "criticism" | "question" | "other";
  assignee?: "manager" | "community_manager";
  answer?: { after: number; business: number };
  status?: "open" | "resolved";
};
// Hand-computed expectations below refer to these by name.
const CONVERSATIONS: C[] = [
  { name: "fast", created: "2026-04-02T09:00:00Z", answer: { after: 120, business: 60 }, assignee: "manager" },
  {
    name: "slow",
    created: "2026-04-03T09:00:00Z",
    priority: "urgent",
    answer: { after: 1_200, business: 300 },
    status: "resolved",
    assignee: "community_manager",
  },
  {
    name: "persona",
    created: "2026-04-04T09:00:00Z",
    persona: true,
    category: "praise",
    answer: { after: 60, business: 60 },
  },
  { name: "waiting", created: "2026-04-05T09:00:00Z" },
  { name: "outside", created: "2026-05-02T09:00:00Z" },
];

async function addConversation(f: WorkspaceFixture, c: C) {
  const identityId = c.persona ? f.identities.persona : f.identities.brand;
  const created = new Date(c.created);
  const [row] = await db
    .insert(conversations)
    .values({
      workspaceId: f.workspaceId,
      channelId: f.channelId,
      contactId: f.contactId,
      kind: "comment",
      status: c.status ?? "open",
      priority: c.priority ?? "normal",
      category: c.category ?? "question",
      identityId,
      assigneeId: c.assignee ? f.users[c.assignee].id : null,
      preview: c.name,
      createdAt: created,
      lastMessageAt: created,
    })
    .returning({ id: conversations.id });
  const conversationId = row!.id;
  if (c.answer) {
    const respondedAt = new Date(created.getTime() + c.answer.after * 1000);
    for (const [i, automated] of [false, true, false].entries()) {
      const [message] = await db
        .insert(messages)
        .values({
          workspaceId: f.workspaceId,
          conversationId,
          channelId: f.channelId,
          direction: "outbound",
          body: automated ? "auto" : "answer",
          identityId,
          automated,
          authorUserId: automated ? null : f.users.manager.id,
          deliveryStatus: "sent",
          sentAt: new Date(respondedAt.getTime() + i * 60_000),
        })
        .returning({ id: messages.id });
      if (i === 0)
        await db.insert(responses).values({
          workspaceId: f.workspaceId,
          conversationId,
          messageId: message!.id,
          identityId,
          identityKind: c.persona ? "persona" : "brand",
          userId: f.users.manager.id,
          channelId: f.channelId,
          priority: c.priority ?? "normal",
          waitStartedAt: created,
          respondedAt,
          responseSeconds: c.answer.after,
          businessSeconds: c.answer.business,
          isFirst: true,
        });
    }
  }
  return conversationId;
}

beforeAll(async () => {
  [fx, other] = await Promise.all([
    createWorkspaceFixture(db, "Conversation export"),
    createWorkspaceFixture(db, "Conversation export other"),
  ]);
  await db.update(workspaces).set({ slaTargets: SLA }).where(eq(workspaces.id, fx.workspaceId));
  for (const c of CONVERSATIONS) ids[c.name] = await addConversation(fx, c);
  await addConversation(other, { name: "foreign", created: "2026-04-02T10:00:00Z" });
  // "slow" was resolved by a member on April 6th.
  await db.insert(auditEvents).values({
    workspaceId: fx.workspaceId,
    actorUserId: fx.users.manager.id,
    action: "conversation.updated",
    objectType: "conversation",
    objectId: ids.slow!,
    data: { status: "resolved" },
    createdAt: new Date("2026-04-06T08:00:00Z"),
  });
});

const APRIL = "range=custom&from=2026-04-01&to=2026-04-30";
const get = (query: string, workspaceId = fx.workspaceId) =>
  GET(new Request(`http://test/api/w/${workspaceId}/reports/export/conversations?${query}`), {
    params: Promise.resolve({ workspaceId }),
  });
const rowsOf = async (response: Response) => {
  const [header, ...rows] = parse(await response.text()) as string[][];
  return { header: header!, rows: rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!]))) };
};

describe("GET /reports/export/conversations", () => {
  it("streams one row per conversation created in the range, oldest first, hand-computed", async () => {
    signIn(fx.users.manager);
    const response = await get(APRIL);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.body).toBeInstanceOf(ReadableStream);
    const { header, rows } = await rowsOf(response);
    expect(header).toEqual([
      "conversation_id",
      "created_at",
      "channel",
      "kind",
      "category",
      "status",
      "priority",
      "identity",
      "identity_kind",
      "assignee",
      "first_response_at",
      "first_response_seconds",
      "hours",
      "sla_met",
      "replies",
      "resolved_at",
    ]);
    expect(rows.map((r) => r.conversation_id)).toEqual([ids.fast, ids.slow, ids.persona, ids.waiting]);
    const [fast, slow, persona, waiting] = rows;
    expect(fast).toMatchObject({
      created_at: "2026-04-02T09:00:00Z",
      first_response_at: "2026-04-02T09:02:00Z",
      first_response_seconds: "120",
      hours: "calendar",
      sla_met: "yes",
      // Two answers by people; the automated one is not a reply.
      replies: "2",
      identity_kind: "brand",
      assignee: expect.stringContaining("Test manager"),
      resolved_at: "",
    });
    // Urgent, 20 min against a 10 min target; resolved as the audit log says.
    expect(slow).toMatchObject({ sla_met: "no", priority: "urgent", resolved_at: "2026-04-06T08:00:00Z" });
    expect(persona).toMatchObject({ identity_kind: "persona", category: "praise" });
    expect(waiting).toMatchObject({ first_response_at: "", first_response_seconds: "", sla_met: "", replies: "0" });
    expect(rows).toHaveLength(
      await countReportConversations(db, {
        workspaceId: fx.workspaceId,
        from: new Date("2026-04-01T00:00:00Z"),
        to: new Date("2026-05-01T00:00:00Z"),
        hours: "calendar",
        filters: {},
      }),
    );
  });

  it("applies the filters and counts business hours when asked", async () => {
    signIn(fx.users.manager);
    const personas = await rowsOf(await get(`${APRIL}&kind=persona`));
    expect(personas.rows.map((r) => r.conversation_id)).toEqual([ids.persona]);
    const questions = await rowsOf(await get(`${APRIL}&category=question&hours=business`));
    expect(questions.rows.map((r) => [r.conversation_id, r.first_response_seconds, r.sla_met])).toEqual([
      [ids.fast, "60", "yes"],
      [ids.slow, "300", "yes"], // 5 business minutes meet the 10 min target
      [ids.waiting, "", ""],
    ]);
    const assigned = await rowsOf(await get(`${APRIL}&member=${fx.users.community_manager.id}`));
    expect(assigned.rows.map((r) => r.conversation_id)).toEqual([ids.slow]);
  });

  it("answers 400 for malformed parameters instead of a different export", async () => {
    signIn(fx.users.manager);
    for (const bad of [
      "range=yesterday",
      "range=custom&from=2026-02-31",
      "identity=nope",
      "hours=weekdays",
      "kind=bot",
    ])
      expect((await get(bad)).status, bad).toBe(400);
  });

  it("refuses strangers: 401 signed out, 404 for another workspace (ids cannot be probed), 403 without two-factor", async () => {
    session.user = null;
    expect((await get(APRIL)).status).toBe(401);
    signIn(fx.users.manager);
    expect((await get(APRIL, other.workspaceId)).status).toBe(404);
    await db.update(workspaces).set({ requireTwoFactor: true }).where(eq(workspaces.id, fx.workspaceId));
    try {
      expect((await get(APRIL)).status).toBe(403);
    } finally {
      await db.update(workspaces).set({ requireTwoFactor: false }).where(eq(workspaces.id, fx.workspaceId));
    }
  });

  it("gives a community manager their own name only, and ignores a member filter naming someone else", async () => {
    signIn(fx.users.community_manager);
    const { rows } = await rowsOf(await get(APRIL));
    const byId = Object.fromEntries(rows.map((r) => [r.conversation_id, r.assignee]));
    expect(byId[ids.fast!]).toBe(HIDDEN_MEMBER);
    expect(byId[ids.slow!]).toContain("Test community_manager");
    expect(byId[ids.waiting!]).toBe("");
    const filtered = await rowsOf(await get(`${APRIL}&member=${fx.users.manager.id}`));
    expect(filtered.rows.map((r) => r.conversation_id)).toEqual([ids.slow]);
  });

  it("reads in keyset batches: one chunk per batch after the header", async () => {
    const viewer = { userId: fx.users.manager.id, wholeTeam: true };
    const params = reportParamsSchema.parse({});
    const slice = conversationSlice(fx.workspaceId, params, rangeOf("2026-04-01", "2026-04-30", "UTC"), viewer);
    const reader = conversationCsvStream(db, slice, viewer, 2).getReader();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(new TextDecoder().decode(r.value));
    // Header, then batches of 2 + 2 rows (the second batch full, so a third, empty read ends the stream).
    expect(chunks.map((c) => c.trim().split("\r\n").length)).toEqual([1, 2, 2]);
    expect(chunks.slice(1).join("")).not.toContain(ids.outside);
  });
});
