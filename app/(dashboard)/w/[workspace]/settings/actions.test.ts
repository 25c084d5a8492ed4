import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, workspaces } from "@/db/schema";
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

const { updateWorkspaceSettingsAction } = await import("./actions");
const { changeMemberRoleAction, removeMemberAction, setMemberActiveAction } = await import("./members/actions");
const en = MESSAGES.en;
const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
  const admin = fx.users.admin;
  session.user = { id: admin.id, email: admin.email, name: "Admin", locale: "en", avatarUrl: null };
});

const settings = {
  name: "Renamed",
  timezone: "Europe/Berlin",
  defaultLocale: "de" as const,
  businessHours: { "1": [["09:00", "17:00"]] as [string, string][] },
  slaTargets: { urgent: 10, high: 30, normal: 120, low: 600 },
};

describe("changeMemberRoleAction", () => {
  it("the last-admin and own-role refusals carry their own message", async () => {
    const own = await changeMemberRoleAction({
      workspaceId: fx.workspaceId,
      userId: fx.users.admin.id,
      role: "manager",
    });
    expect(!own.ok && own.error.fieldErrors).toEqual({ userId: [en.members.errors.self] });
  });
});

describe("member changes record their audit event", () => {
  it("role change (from → to), deactivation, reactivation and removal, each as the admin", async () => {
    const { auditTrail } = await import("@/db/testing/audit");
    const target = fx.users.analyst.id;
    const base = { workspaceId: fx.workspaceId, userId: target };
    expect((await changeMemberRoleAction({ ...base, role: "social_media_manager" })).ok).toBe(true);
    expect((await setMemberActiveAction({ ...base, active: false })).ok).toBe(true);
    expect((await setMemberActiveAction({ ...base, active: true })).ok).toBe(true);
    expect((await removeMemberAction(base)).ok).toBe(true);
    const trail = await auditTrail(db, { workspaceId: fx.workspaceId, objectId: target });
    expect(trail.reverse()).toEqual([
      {
        action: "member.role_changed",
        actorUserId: fx.users.admin.id,
        objectType: "user",
        data: { from: "analyst", to: "social_media_manager" },
      },
      { action: "member.deactivated", actorUserId: fx.users.admin.id, objectType: "user", data: {} },
      { action: "member.reactivated", actorUserId: fx.users.admin.id, objectType: "user", data: {} },
      {
        action: "member.removed",
        actorUserId: fx.users.admin.id,
        objectType: "user",
        data: { role: "social_media_manager" },
      },
    ]);
    // Removing them again: not found, and no further event.
    expect(await removeMemberAction(base)).toMatchObject({ ok: false, error: { code: "not_found" } });
    expect(await auditTrail(db, { workspaceId: fx.workspaceId, objectId: target })).toHaveLength(4);
  });
});

describe("updateWorkspaceSettingsAction", () => {
  it("translates schedule and time-zone problems into field errors and writes nothing", async () => {
    const result = await updateWorkspaceSettingsAction({
      workspaceId: fx.workspaceId,
      ...settings,
      timezone: "Mars/Olympus",
      businessHours: {
        "1": [["18:00", "09:00"]],
        "2": [
          ["09:00", "13:00"],
          ["12:00", "17:00"],
        ],
      },
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({
      timezone: [en.settings.errors.timezone],
      "businessHours.1": [en.settings.errors.timeOrder],
      "businessHours.2": [en.settings.errors.overlap],
    });
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, fx.workspaceId));
    expect(row!.name).not.toBe("Renamed");
  });

  it("reports every problem of one save at once: name, SLA targets, time zone and hours together", async () => {
    const result = await updateWorkspaceSettingsAction({
      workspaceId: fx.workspaceId,
      ...settings,
      name: "",
      timezone: "Mars/Olympus",
      businessHours: { "1": [["18:00", "08:00"]] },
      slaTargets: { ...settings.slaTargets, urgent: 0 },
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({
      name: ["Enter a name."],
      timezone: [en.settings.errors.timezone],
      "businessHours.1": [en.settings.errors.timeOrder],
      "slaTargets.urgent": ["Between 1 and 10,080 minutes."],
    });
  });

  it("refuses a 400-character name instead of cutting it", async () => {
    const result = await updateWorkspaceSettingsAction({
      workspaceId: fx.workspaceId,
      ...settings,
      name: "n".repeat(400),
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({ name: ["Use at most 120 characters."] });
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, fx.workspaceId));
    expect(row!.name).not.toMatch(/^n+$/);
  });

  it("saves valid settings with an audit event", async () => {
    expect(await updateWorkspaceSettingsAction({ workspaceId: fx.workspaceId, ...settings })).toEqual({
      ok: true,
      data: { name: "Renamed" },
    });
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, fx.workspaceId));
    expect(row).toMatchObject(settings);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.objectId, fx.workspaceId));
    expect(events.map((e) => e.action)).toContain("workspace.settings_updated");
  });
});
