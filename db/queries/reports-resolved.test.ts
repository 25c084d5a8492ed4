import { beforeAll, describe, expect, it } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "../testing/fixtures";
import { auditEvents } from "../schema";
import { resolvedByMember } from "./reports-resolved";

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
const FROM = new Date("2026-05-01T00:00:00Z");
const TO = new Date("2026-05-08T00:00:00Z");

async function event(
  f: WorkspaceFixture,
  actor: string,
  object: string,
  action: string,
  data: Record<string, unknown>,
  at: string,
) {
  await db.insert(auditEvents).values({
    workspaceId: f.workspaceId,
    actorUserId: actor,
    action,
    objectType: "conversation",
    objectId: object,
    data,
    createdAt: new Date(at),
  });
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
  other = await createWorkspaceFixture(db);
  const cm = fx.users.community_manager.id;
  const smm = fx.users.social_media_manager.id;
  // Becky: A resolved twice (reopened in between) counts once, B through "Send & resolve", C through a bulk action.
  await event(fx, cm, "A", "conversation.updated", { status: "resolved" }, "2026-05-02T10:00:00Z");
  await event(fx, cm, "A", "conversation.updated", { status: "resolved" }, "2026-05-03T10:00:00Z");
  await event(fx, cm, "B", "conversation.replied", { resolved: true }, "2026-05-04T10:00:00Z");
  await event(fx, cm, "C", "conversation.bulk_updated", { status: "resolved" }, "2026-05-05T10:00:00Z");
  // Not resolutions, or outside the period, or another workspace: not counted.
  await event(fx, cm, "D", "conversation.updated", { status: "pending" }, "2026-05-02T10:00:00Z");
  await event(fx, cm, "E", "conversation.replied", { resolved: false }, "2026-05-02T10:00:00Z");
  await event(fx, cm, "F", "conversation.updated", { status: "resolved" }, "2026-05-08T00:00:00Z");
  await event(fx, smm, "G", "conversation.updated", { status: "resolved" }, "2026-05-06T10:00:00Z");
  await event(
    other,
    other.users.community_manager.id,
    "H",
    "conversation.updated",
    { status: "resolved" },
    "2026-05-06T10:00:00Z",
  );
});

describe("resolvedByMember", () => {
  it("counts distinct conversations each member resolved in the period, by any way of resolving", async () => {
    const counts = await resolvedByMember(db, { workspaceId: fx.workspaceId, from: FROM, to: TO });
    expect(Object.fromEntries(counts)).toEqual({
      [fx.users.community_manager.id]: 3,
      [fx.users.social_media_manager.id]: 1,
    });
  });

  it("keeps to the members asked for", async () => {
    const counts = await resolvedByMember(db, {
      workspaceId: fx.workspaceId,
      from: FROM,
      to: TO,
      userIds: [fx.users.social_media_manager.id],
    });
    expect(Object.fromEntries(counts)).toEqual({ [fx.users.social_media_manager.id]: 1 });
  });
});
