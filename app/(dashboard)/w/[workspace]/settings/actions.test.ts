import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, workspaces } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null } }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({ getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }) }));

const { createWorkspaceAction, updateWorkspaceSettingsAction } = await import("./actions");
const { changeMemberRoleAction } = await import("./members/actions");
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
    const own = await changeMemberRoleAction({ workspaceId: fx.workspaceId, userId: fx.users.admin.id, role: "manager" });
    expect(!own.ok && own.error.fieldErrors).toEqual({ userId: [en.team.errors.self] });
  });
});

describe("updateWorkspaceSettingsAction", () => {
  it("translates schedule and time-zone problems into field errors and writes nothing", async () => {
    const result = await updateWorkspaceSettingsAction({
      workspaceId: fx.workspaceId,
      ...settings,
      timezone: "Mars/Olympus",
      businessHours: { "1": [["18:00", "09:00"]], "2": [["09:00", "13:00"], ["12:00", "17:00"]] },
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({
      timezone: [en.settings.errors.timezone],
      "businessHours.1": [en.settings.errors.timeOrder],
      "businessHours.2": [en.settings.errors.overlap],
    });
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, fx.workspaceId));
    expect(row!.name).not.toBe("Renamed");
  });

  it("saves valid settings with an audit event", async () => {
    expect(await updateWorkspaceSettingsAction({ workspaceId: fx.workspaceId, ...settings })).toEqual({ ok: true, data: { name: "Renamed" } });
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, fx.workspaceId));
    expect(row).toMatchObject(settings);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.objectId, fx.workspaceId));
    expect(events.map((e) => e.action)).toContain("workspace.settings_updated");
  });
});

describe("createWorkspaceAction", () => {
  it("records the creation in the new workspace", async () => {
    const result = await createWorkspaceAction({ workspaceId: fx.workspaceId, name: `Client ${uniqueTag()}`, timezone: "UTC", defaultLocale: "en" });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const events = await db.select().from(auditEvents).where(eq(auditEvents.workspaceId, id));
    expect(events).toMatchObject([{ action: "workspace.created", actorUserId: fx.users.admin.id }]);
  });

  it("refuses an unknown time zone", async () => {
    const result = await createWorkspaceAction({ workspaceId: fx.workspaceId, name: "Nowhere", timezone: "Nowhere/Land", defaultLocale: "en" });
    expect(!result.ok && result.error.fieldErrors).toEqual({ timezone: [en.settings.errors.timezone] });
  });
});
