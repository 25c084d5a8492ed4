import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { messages, responses } from "@/db/schema";
import type { Role } from "@/db/schema/enum-values";
import { loadReport } from "./load";
import { rangeOf, reportParamsSchema } from "./params";

const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Report visibility");
  for (const [role, persona] of [
    ["manager", false],
    ["community_manager", true],
    ["social_media_manager", false],
  ] as const) {
    const identityId = persona ? fx.identities.persona : fx.identities.brand;
    const sentAt = new Date("2026-04-10T12:00:00Z");
    const [message] = await db
      .insert(messages)
      .values({
        workspaceId: fx.workspaceId,
        conversationId: fx.conversationId,
        channelId: fx.channelId,
        direction: "outbound",
        body: "answer",
        identityId,
        authorUserId: fx.users[role].id,
        deliveryStatus: "sent",
        sentAt,
      })
      .returning({ id: messages.id });
    await db.insert(responses).values({
      workspaceId: fx.workspaceId,
      conversationId: fx.conversationId,
      messageId: message!.id,
      identityId,
      identityKind: persona ? "persona" : "brand",
      userId: fx.users[role].id,
      channelId: fx.channelId,
      priority: "normal",
      waitStartedAt: new Date(sentAt.getTime() - 600_000),
      respondedAt: sentAt,
      responseSeconds: 600,
      isFirst: true,
    });
  }
});

const load = (role: Role) =>
  loadReport(db, {
    workspaceId: fx.workspaceId,
    timezone: "UTC",
    userId: fx.users[role].id,
    role,
    params: reportParamsSchema.parse({}),
    range: rangeOf("2026-04-01", "2026-04-30", "UTC"),
  });

describe("who sees which team rows", () => {
  it("shows managers and analysts every member", async () => {
    for (const role of ["manager", "analyst", "admin"] as const) {
      const report = await load(role);
      expect(report.wholeTeam).toBe(true);
      expect(report.team).toHaveLength(3);
    }
  });

  it("shows a community or social media manager their own row plus the workspace totals only", async () => {
    for (const role of ["community_manager", "social_media_manager"] as const) {
      const report = await load(role);
      expect(report.wholeTeam).toBe(false);
      expect(report.team.map((r) => r.userId)).toEqual([fx.users[role].id]);
      expect(report.kinds.reduce((n, k) => n + k.responses, 0)).toBe(3);
    }
    const [own] = (await load("community_manager")).team;
    expect(own!.spokeAs).toEqual([{ name: expect.any(String), responses: 1 }]);
  });
});
