/**
 * For every role, every registered server action and route is tried in its own workspace, in a foreign workspace
 * and on a foreign workspace's object; the outcome must follow the permission table, and a refusal writes nothing.
 * A new action or route that is not listed here fails the "registry" test.
 */
import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { conversations, posts } from "@/db/schema";
import { ROLES, type Role } from "@/db/schema/enums";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import en from "@/lib/i18n/messages/en.json";
import { can, type Permission } from "./permissions";

const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null } }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({ getServerTranslator: async () => createTranslator({ locale: "en", messages: en }) }));
vi.mock("@/lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined, set: vi.fn() }), headers: async () => new Headers() }));

const { setConversationStatusAction } = await import("@/app/(dashboard)/w/[workspace]/inbox/actions");
const { approvePostAction } = await import("@/app/(dashboard)/w/[workspace]/calendar/actions");
const conversationsRoute = await import("@/app/api/w/[workspaceId]/conversations/route");
const postsRoute = await import("@/app/api/w/[workspaceId]/posts/route");

const db = testDb();
let home: WorkspaceFixture;
let foreign: WorkspaceFixture;

type Target = { workspaceId: string; objects: WorkspaceFixture };
type Outcome = { status: "ok" | "unauthorized" | "forbidden" | "not_found" | "conflict" | "bad_request" | "rate_limited" };

async function newReviewPost(fx: WorkspaceFixture) {
  const [row] = await db
    .insert(posts)
    .values({ workspaceId: fx.workspaceId, identityId: fx.identities.brand, body: "matrix", status: "in_review" })
    .returning({ id: posts.id });
  return row!.id;
}

async function conversationVersion(id: string) {
  const [row] = await db.select({ version: conversations.version }).from(conversations).where(eq(conversations.id, id));
  return row!.version;
}

const resultOutcome = (r: { ok: boolean; error?: { code: string } }): Outcome => ({ status: r.ok ? "ok" : (r.error!.code as Outcome["status"]) });
const STATUS_BY_HTTP: Record<number, Outcome["status"]> = { 200: "ok", 400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found" };
const params = (workspaceId: string) => ({ params: Promise.resolve({ workspaceId }) });

/** Each entry tries the action once and reports whether its object changed (it must not, unless allowed). */
const WORKSPACE_ENDPOINTS: Record<string, { permission: Permission; mutates: boolean; attempt: (t: Target) => Promise<Outcome & { changed: boolean }> }> = {
  setConversationStatusAction: {
    permission: "conversations.reply",
    mutates: true,
    attempt: async ({ workspaceId, objects }) => {
      const before = await conversationVersion(objects.conversationId);
      const result = await setConversationStatusAction({ workspaceId, conversationId: objects.conversationId, status: "pending", version: before });
      return { ...resultOutcome(result), changed: (await conversationVersion(objects.conversationId)) !== before };
    },
  },
  approvePostAction: {
    permission: "posts.approve",
    mutates: true,
    attempt: async ({ workspaceId, objects }) => {
      const postId = await newReviewPost(objects);
      const result = await approvePostAction({ workspaceId, postId, version: 1 });
      const [row] = await db.select({ status: posts.status }).from(posts).where(eq(posts.id, postId));
      return { ...resultOutcome(result), changed: row!.status !== "in_review" };
    },
  },
  "GET /api/w/[workspaceId]/conversations": {
    permission: "inbox.view",
    mutates: false,
    attempt: async ({ workspaceId }) => {
      const response = await conversationsRoute.GET(new Request(`http://test/api/w/${workspaceId}/conversations?status=open`), params(workspaceId));
      return { status: STATUS_BY_HTTP[response.status]!, changed: false };
    },
  },
  "GET /api/w/[workspaceId]/posts": {
    permission: "posts.view",
    mutates: false,
    attempt: async ({ workspaceId }) => {
      const q = new URLSearchParams({ from: new Date(Date.now() - 7 * 864e5).toISOString(), to: new Date().toISOString() });
      const response = await postsRoute.GET(new Request(`http://test/api/w/${workspaceId}/posts?${q}`), params(workspaceId));
      return { status: STATUS_BY_HTTP[response.status]!, changed: false };
    },
  },
};

/** Not scoped to a workspace, open to every visitor by design. */
const UNSCOPED_ACTIONS = {
  setLocaleAction: "changes the caller's own language only",
  signOutAction: "ends the caller's own session only",
  loginAction: "the sign-in form itself",
};

function signInAs(fx: WorkspaceFixture, role: Role) {
  const user = fx.users[role];
  session.user = { id: user.id, email: user.email, name: role, locale: "en", avatarUrl: null };
}

beforeAll(async () => {
  [home, foreign] = await Promise.all([createWorkspaceFixture(db, "Matrix home"), createWorkspaceFixture(db, "Matrix foreign")]);
});

describe("registry", () => {
  it("every exported server action and route handler is covered by the matrix", async () => {
    const appDir = path.resolve(import.meta.dirname, "../../app");
    const files = (fs.readdirSync(appDir, { recursive: true }) as string[])
      .filter((f) => /(^|\/)(actions|route)\.ts$/.test(f))
      .filter((f) => !f.startsWith("api/auth/")); // next-auth's own handlers
    const found: string[] = [];
    for (const file of files) {
      const mod = await import(path.join(appDir, file));
      for (const name of Object.keys(mod)) found.push(file.endsWith("route.ts") ? `${name} /${path.dirname(file)}` : name);
    }
    expect(found.sort()).toEqual([...Object.keys(WORKSPACE_ENDPOINTS), ...Object.keys(UNSCOPED_ACTIONS)].sort());
  });
});

describe.each(ROLES)("%s", (role) => {
  for (const [name, endpoint] of Object.entries(WORKSPACE_ENDPOINTS)) {
    const allowed = can(role, endpoint.permission);

    it(`${name}: ${allowed ? "allowed" : "forbidden"} in its own workspace`, async () => {
      signInAs(home, role);
      const outcome = await endpoint.attempt({ workspaceId: home.workspaceId, objects: home });
      expect(outcome.status).toBe(allowed ? "ok" : "forbidden");
      expect(outcome.changed).toBe(allowed && endpoint.mutates);
    });

    it(`${name}: not_found in a workspace they do not belong to`, async () => {
      signInAs(home, role);
      const outcome = await endpoint.attempt({ workspaceId: foreign.workspaceId, objects: foreign });
      expect(outcome).toEqual({ status: "not_found", changed: false });
    });

    if (endpoint.mutates) {
      it(`${name}: cannot reach another workspace's object through its own workspace`, async () => {
        signInAs(home, role);
        const outcome = await endpoint.attempt({ workspaceId: home.workspaceId, objects: foreign });
        expect(outcome).toEqual({ status: allowed ? "not_found" : "forbidden", changed: false });
      });
    }
  }
});

describe("signed out", () => {
  it.each(Object.keys(WORKSPACE_ENDPOINTS))("%s: unauthorized, nothing written", async (name) => {
    session.user = null;
    const outcome = await WORKSPACE_ENDPOINTS[name]!.attempt({ workspaceId: home.workspaceId, objects: home });
    expect(outcome).toEqual({ status: "unauthorized", changed: false });
  });
});

describe("bad input", () => {
  it("malformed ids and values are bad_request or not_found, never a crash, and write nothing", async () => {
    signInAs(home, "admin");
    const version = await conversationVersion(home.conversationId);
    const cases = [
      setConversationStatusAction({ workspaceId: "not-a-uuid", conversationId: home.conversationId, status: "open", version }),
      setConversationStatusAction({ workspaceId: home.workspaceId, conversationId: "nope", status: "open", version }),
      setConversationStatusAction({ workspaceId: home.workspaceId, conversationId: home.conversationId, status: "deleted" as never, version }),
      setConversationStatusAction({ workspaceId: home.workspaceId, conversationId: home.conversationId, status: "open", version: -1 }),
      approvePostAction({ workspaceId: home.workspaceId, postId: home.postId, version: "1" as never }),
    ];
    const codes = (await Promise.all(cases)).map((r) => (r.ok ? "ok" : r.error.code));
    expect(codes).toEqual(["not_found", "bad_request", "bad_request", "bad_request", "bad_request"]);
    expect(await conversationVersion(home.conversationId)).toBe(version);
  });

  it("a stale version is a conflict with a translated message", async () => {
    signInAs(home, "manager");
    const version = await conversationVersion(home.conversationId);
    const result = await setConversationStatusAction({ workspaceId: home.workspaceId, conversationId: home.conversationId, status: "open", version: version + 5 });
    expect(result).toEqual({ ok: false, error: { code: "conflict", message: en.errors.conflict } });
  });

  it("bad_request carries translated field errors", async () => {
    signInAs(home, "admin");
    const result = await setConversationStatusAction({ workspaceId: home.workspaceId, conversationId: "x", status: "open", version: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.fieldErrors).toEqual({ conversationId: [en.validation.invalid] });
  });

  it("setLocaleAction refuses an unknown language", async () => {
    const { setLocaleAction } = await import("@/app/actions");
    expect(await setLocaleAction("fr")).toEqual({ ok: false, error: { code: "bad_request", message: en.errors.bad_request } });
  });
});
