import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { conversations, workspaces } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { workspaceSettingsSchema } from "@/lib/members/schemas";
import { updateConversation } from "./conversation-changes";
import { recordInboundMessage } from "./inbound";

const db = testDb();
let fx: WorkspaceFixture;
const weekdays = Object.fromEntries(
  ["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "17:00"]] as [string, string][]]),
);

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "SLA clock");
  await db
    .update(workspaces)
    .set({ timezone: "Europe/Vienna", businessHours: weekdays, slaBusinessHours: true, closedDays: ["2026-12-25"] })
    .where(eq(workspaces.id, fx.workspaceId));
});

const dueOf = async (id: string) =>
  (await db.select({ due: conversations.slaDueAt }).from(conversations).where(eq(conversations.id, id)))[0]!.due;

describe("due times set by the SLA clock", () => {
  it("an inbound message on Friday evening is due on Monday in business hours; a priority change moves it", async () => {
    const [row] = await db
      .insert(conversations)
      .values({
        workspaceId: fx.workspaceId,
        channelId: fx.channelId,
        contactId: fx.contactId,
        kind: "dm",
        status: "resolved",
        priority: "high",
      })
      .returning({ id: conversations.id });
    const id = row!.id;
    // Friday 9 Jan 2026, 18:30 Vienna: high = 60 business minutes → Monday 10:00 Vienna (09:00 UTC).
    const sent = new Date("2026-01-09T17:30:00Z");
    const inbound = await recordInboundMessage(db, {
      workspaceId: fx.workspaceId,
      conversationId: id,
      body: "Hello?",
      externalId: `sla-${fx.tag}`,
      sentAt: sent,
    });
    expect(inbound).toMatchObject({ ok: true, value: { reopened: true } });
    expect(await dueOf(id)).toEqual(new Date("2026-01-12T09:00:00Z"));

    const [{ version }] = (await db
      .select({ version: conversations.version })
      .from(conversations)
      .where(eq(conversations.id, id))) as [{ version: number }];
    const changed = await updateConversation(db, {
      workspaceId: fx.workspaceId,
      conversationId: id,
      version,
      changes: { priority: "normal" },
      actorUserId: fx.users.manager.id,
    });
    expect(changed.ok).toBe(true);
    // 240 business minutes from Monday 09:00 → 13:00 Vienna (12:00 UTC).
    expect(await dueOf(id)).toEqual(new Date("2026-01-12T12:00:00Z"));
  });
});

describe("workspace SLA settings", () => {
  const base = {
    name: "W",
    timezone: "Europe/Vienna",
    defaultLocale: "en",
    businessHours: {},
    slaTargets: { urgent: 15, high: 60, normal: 240, low: 1440 },
  };
  it("accepts real calendar days, sorted and without repeats, and refuses impossible ones", () => {
    const parsed = workspaceSettingsSchema.parse({ ...base, closedDays: ["2026-12-26", "2026-12-25", "2026-12-25"] });
    expect(parsed.closedDays).toEqual(["2026-12-25", "2026-12-26"]);
    for (const bad of ["2026-02-30", "26-12-25", "9999-99-99", "2026-12-25\u0000"]) {
      expect(workspaceSettingsSchema.safeParse({ ...base, closedDays: [bad] }).success, bad).toBe(false);
    }
  });
});
