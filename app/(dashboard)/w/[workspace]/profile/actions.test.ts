import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { users } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";

type SessionUser = { id: string; email: string; name: string; locale: string; avatarUrl: null };
const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
const jar = vi.hoisted(() => ({ set: vi.fn() }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));
vi.mock("next/headers", () => ({ cookies: async () => jar }));
// The password change in the same file signs in again; tested in change-password.test.ts.
vi.mock("@/lib/auth", () => ({ signIn: vi.fn() }));

const { updateProfileAction } = await import("./actions");
const en = MESSAGES.en;
const db = testDb();
let fx: WorkspaceFixture;

async function account(userId: string) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  return row!;
}

beforeEach(async () => {
  fx = await createWorkspaceFixture(db);
  const u = fx.users.analyst;
  session.user = { id: u.id, email: u.email, name: "Analyst", locale: "en", avatarUrl: null };
  jar.set.mockReset();
});

describe("updateProfileAction", () => {
  it("saves name, avatar and language for the caller only, and sets the language cookie", async () => {
    const other = await account(fx.users.manager.id);
    const result = await updateProfileAction({
      name: "  Ana Lyst ",
      avatarUrl: "https://example.com/me.png",
      locale: "de",
    });
    expect(result).toEqual({ ok: true, data: { name: "Ana Lyst" } });
    expect(await account(fx.users.analyst.id)).toMatchObject({
      name: "Ana Lyst",
      avatarUrl: "https://example.com/me.png",
      locale: "de",
    });
    expect(jar.set).toHaveBeenCalledWith("curtain_locale", "de", expect.objectContaining({ path: "/" }));
    expect(await account(fx.users.manager.id)).toEqual(other);
  });

  it("an empty avatar means initials; a non-https avatar is a field error and writes nothing", async () => {
    expect(await updateProfileAction({ name: "Ana", avatarUrl: "", locale: "en" })).toMatchObject({ ok: true });
    expect((await account(fx.users.analyst.id)).avatarUrl).toBeNull();
    const bad = await updateProfileAction({ name: "Changed", avatarUrl: "javascript:alert(1)", locale: "en" });
    expect(!bad.ok && bad.error.fieldErrors).toEqual({ avatarUrl: [en.profile.errors.avatarHttps] });
    expect((await account(fx.users.analyst.id)).name).toBe("Ana");
  });
});
