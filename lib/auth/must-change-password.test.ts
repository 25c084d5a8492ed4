/**
 * An account created with an admin-issued initial password can do nothing but replace it: pages send it to
 * /change-password, and every workspace action and route refuses it.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createSession } from "@/db/queries/sessions";
import { getSessionUser } from "@/db/queries/users";
import { users } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { eq } from "drizzle-orm";

type SessionUser = NonNullable<Awaited<ReturnType<typeof getSessionUser>>>;
const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`redirect ${url}`);
  },
  notFound: () => {
    throw new Error("not found");
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
}));

const { requireMember, requireUser } = await import("./member");
const { authorizeMember } = await import("./authorize");
const db = testDb();
let fx: WorkspaceFixture;

async function signInAs(userId: string) {
  const [row] = await db.select({ sv: users.sessionVersion }).from(users).where(eq(users.id, userId));
  const sessionId = await createSession(db, { userId });
  session.user = (await getSessionUser(db, { userId, sessionVersion: row!.sv, sessionId }))!;
}

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Must change password");
  await db.update(users).set({ mustChangePassword: true }).where(eq(users.id, fx.users.admin.id));
});

beforeEach(() => {
  session.user = null;
});

describe("an account on its initial password", () => {
  it("is marked in the session user read from the database", async () => {
    await signInAs(fx.users.admin.id);
    expect(session.user).toMatchObject({ id: fx.users.admin.id, mustChangePassword: true });
    await signInAs(fx.users.manager.id);
    expect(session.user).toMatchObject({ id: fx.users.manager.id, mustChangePassword: false });
  });

  it("is sent to /change-password by every page", async () => {
    await signInAs(fx.users.admin.id);
    await expect(requireUser()).rejects.toThrow("redirect /change-password");
    await expect(requireMember(fx.slug)).rejects.toThrow("redirect /change-password");
  });

  it("is forbidden every workspace action, even one its role allows", async () => {
    await signInAs(fx.users.admin.id);
    await expect(authorizeMember(fx.workspaceId, "members.view")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("others pass as before", async () => {
    await signInAs(fx.users.manager.id);
    await expect(requireUser()).resolves.toMatchObject({ id: fx.users.manager.id });
    await expect(authorizeMember(fx.workspaceId, "members.view")).resolves.toMatchObject({ workspaceId: fx.workspaceId });
  });
});
