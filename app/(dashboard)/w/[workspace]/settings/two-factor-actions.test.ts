import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { workspaces } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

type SessionUser = {
  id: string;
  email: string;
  name: string;
  locale: string;
  avatarUrl: null;
  twoFactorEnabled: boolean;
};
const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { setRequireTwoFactorAction } = await import("./two-factor-actions");
const { updateWorkspaceSettingsAction } = await import("./actions");
const en = MESSAGES.en;
const db = testDb();
let fx: WorkspaceFixture;

const signInAdmin = (twoFactorEnabled: boolean) => {
  const admin = fx.users.admin;
  session.user = { id: admin.id, email: admin.email, name: "Admin", locale: "en", avatarUrl: null, twoFactorEnabled };
};
const required = async () =>
  (await db.select().from(workspaces).where(eq(workspaces.id, fx.workspaceId)))[0]!.requireTwoFactor;

beforeEach(async () => {
  fx = await createWorkspaceFixture(db, "Policy");
});

describe("requiring two-factor sign-in", () => {
  it("an admin without it cannot require it (they would lock themselves out)", async () => {
    signInAdmin(false);
    const result = await setRequireTwoFactorAction({ workspaceId: fx.workspaceId, required: true });
    expect(result).toMatchObject({
      ok: false,
      error: { code: "bad_request", fieldErrors: { required: [en.twoFactor.errors.enableForYourselfFirst] } },
    });
    expect(await required()).toBe(false);
  });

  it("once required, members without two-factor can do nothing in the workspace; with it they can", async () => {
    signInAdmin(true);
    expect(await setRequireTwoFactorAction({ workspaceId: fx.workspaceId, required: true })).toMatchObject({
      ok: true,
    });
    expect(await required()).toBe(true);

    signInAdmin(false);
    const refused = await setRequireTwoFactorAction({ workspaceId: fx.workspaceId, required: false });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const settings = await updateWorkspaceSettingsAction({
      workspaceId: fx.workspaceId,
      name: "Renamed",
      timezone: "UTC",
      defaultLocale: "en",
      businessHours: {},
      slaTargets: { urgent: 10, high: 30, normal: 120, low: 600 },
    });
    expect(settings).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await required()).toBe(true);

    signInAdmin(true);
    expect(await setRequireTwoFactorAction({ workspaceId: fx.workspaceId, required: false })).toMatchObject({
      ok: true,
    });
    expect(await required()).toBe(false);
  });
});
