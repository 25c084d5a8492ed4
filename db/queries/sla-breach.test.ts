import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { conversations, notifications } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { notifySlaBreaches } from "./notifications";

const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Breach");
});

const breachNotices = (conversationId: string) =>
  db
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(and(eq(notifications.conversationId, conversationId), eq(notifications.kind, "sla_breach")));

describe("SLA breach notifications", () => {
  it("notify the assignee and the managers once per wait, however often and concurrently the sweep runs", async () => {
    const now = new Date();
    const waitingSince = new Date(now.getTime() - 2 * 3_600_000);
    const [row] = await db
      .insert(conversations)
      .values({
        workspaceId: fx.workspaceId,
        channelId: fx.channelId,
        contactId: fx.contactId,
        kind: "dm",
        assigneeId: fx.users.community_manager.id,
        preview: "Still no answer?",
        waitingSince,
        slaDueAt: new Date(now.getTime() - 60_000),
      })
      .returning({ id: conversations.id });
    const id = row!.id;

    await Promise.all([notifySlaBreaches(db, { now }), notifySlaBreaches(db, { now }), notifySlaBreaches(db, { now })]);
    await notifySlaBreaches(db, { now });
    const first = (await breachNotices(id)).map((n) => n.userId).sort();
    expect(first).toEqual([fx.users.manager.id, fx.users.community_manager.id].sort());

    // A reply ends the wait; a new message starts a new one that breaches again: one more round.
    const next = new Date(now.getTime() - 30 * 60_000);
    await db
      .update(conversations)
      .set({ waitingSince: next, slaDueAt: new Date(now.getTime() - 1_000) })
      .where(eq(conversations.id, id));
    await notifySlaBreaches(db, { now });
    expect(await breachNotices(id)).toHaveLength(4);
  });

  it("leaves waits that are not due yet, answered, or snoozed alone", async () => {
    const now = new Date();
    const base = {
      workspaceId: fx.workspaceId,
      channelId: fx.channelId,
      contactId: fx.contactId,
      kind: "comment" as const,
      waitingSince: new Date(now.getTime() - 3_600_000),
    };
    const rows = await db
      .insert(conversations)
      .values([
        { ...base, slaDueAt: new Date(now.getTime() + 60_000) },
        { ...base, status: "snoozed", slaDueAt: new Date(now.getTime() - 60_000) },
        { ...base, waitingSince: null, slaDueAt: null },
      ])
      .returning({ id: conversations.id });
    await notifySlaBreaches(db, { now });
    for (const r of rows) expect(await breachNotices(r.id)).toHaveLength(0);
  });
});
