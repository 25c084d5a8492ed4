import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, memberships, workspaces } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { createWorkspaceAction } = await import("./actions");
const en = MESSAGES.en;
const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
  const admin = fx.users.admin;
  session.user = { id: admin.id, email: admin.email, name: "Admin", locale: "en", avatarUrl: null };
});

describe("createWorkspaceAction", () => {
  it("records the creation in the new workspace", async () => {
    const result = await createWorkspaceAction({
      workspaceId: fx.workspaceId,
      name: `Client ${uniqueTag()}`,
      timezone: "UTC",
      defaultLocale: "en",
    });
    expect(result.ok).toBe(true);
    const id = result.ok ? result.data.id : "";
    const events = await db.select().from(auditEvents).where(eq(auditEvents.workspaceId, id));
    expect(events).toMatchObject([
      {
        action: "workspace.created",
        actorUserId: fx.users.admin.id,
        objectId: id,
        data: { createdFrom: fx.workspaceId },
      },
    ]);
    expect(
      await db.select({ role: memberships.role }).from(memberships).where(eq(memberships.workspaceId, id)),
    ).toEqual([{ role: "admin" }]);
  });

  it("refuses an unknown time zone", async () => {
    const result = await createWorkspaceAction({
      workspaceId: fx.workspaceId,
      name: "Nowhere",
      timezone: "Nowhere/Land",
      defaultLocale: "en",
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({ timezone: [en.settings.errors.timezone] });
  });

  it("is refused to a manager (workspaces.create is the admin's), creating nothing", async () => {
    const name = `Not allowed ${uniqueTag()}`;
    session.user = {
      id: fx.users.manager.id,
      email: fx.users.manager.email,
      name: "Manager",
      locale: "en",
      avatarUrl: null,
    };
    const result = await createWorkspaceAction({
      workspaceId: fx.workspaceId,
      name,
      timezone: "UTC",
      defaultLocale: "en",
    });
    session.user = { id: fx.users.admin.id, email: fx.users.admin.email, name: "Admin", locale: "en", avatarUrl: null };
    expect(result).toEqual({ ok: false, error: { code: "forbidden", message: en.errors.forbidden } });
    expect(await db.select().from(workspaces).where(eq(workspaces.name, name))).toEqual([]);
  });
});
