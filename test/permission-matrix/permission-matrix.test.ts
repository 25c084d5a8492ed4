/**
 * For every role, every registered server action and route is tried in its own workspace, in a foreign workspace
 * and on a foreign workspace's object; the outcome must follow the permission table, and a refusal writes nothing.
 * Endpoints are declared per feature in test/permission-matrix/*.matrix.ts (test-only); one that is not declared fails "registry".
 */
import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { auditEvents, conversations } from "@/db/schema";
import { ROLES, type Role } from "@/db/schema/enum-values";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";
import type { MatrixEndpoint, MatrixModule } from "./types";
import { can } from "@/lib/auth/permissions";

const session = vi.hoisted(() => ({
  user: null as null | {
    id: string;
    email: string;
    name: string;
    locale: string;
    avatarUrl: null;
    twoFactorEnabled: boolean;
  },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));
vi.mock("@/lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), unstable_update: vi.fn() }));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn() }),
  headers: async () => new Headers(),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const modules = Object.values(import.meta.glob<{ matrix: MatrixModule }>("./*.matrix.ts", { eager: true })).map(
  (m) => m.matrix,
);
const ENDPOINTS: Record<string, MatrixEndpoint> = Object.assign({}, ...modules.map((m) => m.endpoints));
const UNSCOPED: Record<string, string> = Object.assign({}, ...modules.map((m) => m.unscoped ?? {}));

const en = MESSAGES.en;
const db = testDb();
let home: WorkspaceFixture;
let foreign: WorkspaceFixture;

function signInAs(fx: WorkspaceFixture, role: Role) {
  const user = fx.users[role];
  session.user = { id: user.id, email: user.email, name: role, locale: "en", avatarUrl: null, twoFactorEnabled: true };
}

async function conversationVersion(id: string) {
  const [row] = await db.select({ version: conversations.version }).from(conversations).where(eq(conversations.id, id));
  return row!.version;
}

/** How many audit events of each action this user has written (anywhere: a new workspace records its own creation). */
async function auditCounts(userId: string) {
  const rows = await db
    .select({ action: auditEvents.action, n: count() })
    .from(auditEvents)
    .where(eq(auditEvents.actorUserId, userId))
    .groupBy(auditEvents.action);
  return Object.fromEntries(rows.map((r) => [r.action, r.n])) as Record<string, number>;
}
const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

beforeAll(async () => {
  [home, foreign] = await Promise.all([
    createWorkspaceFixture(db, "Matrix home"),
    createWorkspaceFixture(db, "Matrix foreign"),
  ]);
});

describe("registry", () => {
  it("every exported server action and route handler is declared in the matrix", async () => {
    const appDir = path.resolve(import.meta.dirname, "../../app");
    const files = (fs.readdirSync(appDir, { recursive: true }) as string[])
      .filter((f) => /(^|\/)([\w-]+-)?(actions|route)\.ts$/.test(f))
      .filter((f) => !f.startsWith("api/auth/")); // next-auth's own handlers
    const found: string[] = [];
    for (const file of files) {
      const mod = await import(path.join(appDir, file));
      for (const name of Object.keys(mod))
        found.push(file.endsWith("route.ts") ? `${name} /${path.dirname(file)}` : name);
    }
    expect(found.sort()).toEqual([...Object.keys(ENDPOINTS), ...Object.keys(UNSCOPED)].sort());
  });
});

describe("audit", () => {
  it("every mutating endpoint names the audit event it writes", () => {
    const missing = Object.entries(ENDPOINTS)
      .filter(([, e]) => e.mutates && !e.audit && !e.auditExempt)
      .map(([name]) => name);
    expect(missing).toEqual([]);
  });
});

describe.each(ROLES)("%s", (role) => {
  for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
    const allowed = can(role, endpoint.permission);

    // An allowed mutation writes its audit event as the caller; a refused call writes none.
    async function attemptAudited(target: Parameters<MatrixEndpoint["attempt"]>[0], expectAudit: boolean) {
      const actor = home.users[role].id;
      const before = await auditCounts(actor);
      const outcome = await endpoint.attempt(target);
      const after = await auditCounts(actor);
      if (expectAudit)
        expect(
          (after[endpoint.audit!] ?? 0) - (before[endpoint.audit!] ?? 0),
          `${endpoint.audit} written`,
        ).toBeGreaterThan(0);
      else expect(total(after), "no audit event written").toBe(total(before));
      return outcome;
    }

    it(`${name}: ${allowed ? "allowed" : "forbidden"} in its own workspace`, async () => {
      signInAs(home, role);
      const outcome = await attemptAudited(
        { workspaceId: home.workspaceId, objects: home },
        allowed && endpoint.mutates && !endpoint.auditExempt,
      );
      expect(outcome).toEqual({ status: allowed ? "ok" : "forbidden", changed: allowed && endpoint.mutates });
    });

    it(`${name}: not_found in a workspace they do not belong to`, async () => {
      signInAs(home, role);
      const outcome = await attemptAudited({ workspaceId: foreign.workspaceId, objects: foreign }, false);
      expect(outcome).toEqual({ status: "not_found", changed: false });
    });

    if (endpoint.mutates && !endpoint.objectless) {
      it(`${name}: cannot reach another workspace's object through its own workspace`, async () => {
        signInAs(home, role);
        const outcome = await attemptAudited({ workspaceId: home.workspaceId, objects: foreign }, false);
        expect(outcome).toEqual({ status: allowed ? "not_found" : "forbidden", changed: false });
      });
    }
  }
});

describe("signed out", () => {
  it.each(Object.keys(ENDPOINTS))("%s: unauthorized, nothing written", async (name) => {
    session.user = null;
    const outcome = await ENDPOINTS[name]!.attempt({ workspaceId: home.workspaceId, objects: home });
    expect(outcome).toEqual({ status: "unauthorized", changed: false });
  });
});

describe("bad input", () => {
  it("malformed ids and values are bad_request or not_found, never a crash, and write nothing", async () => {
    const { setConversationStatusAction } = await import("@/app/(dashboard)/w/[workspace]/inbox/actions");
    const { approvePostAction } = await import("@/app/(dashboard)/w/[workspace]/calendar/actions");
    signInAs(home, "admin");
    const version = await conversationVersion(home.conversationId);
    const cases = [
      setConversationStatusAction({
        workspaceId: "not-a-uuid",
        conversationId: home.conversationId,
        status: "open",
        version,
      }),
      setConversationStatusAction({ workspaceId: home.workspaceId, conversationId: "nope", status: "open", version }),
      setConversationStatusAction({
        workspaceId: home.workspaceId,
        conversationId: home.conversationId,
        status: "deleted" as never,
        version,
      }),
      setConversationStatusAction({
        workspaceId: home.workspaceId,
        conversationId: home.conversationId,
        status: "open",
        version: -1,
      }),
      approvePostAction({ workspaceId: home.workspaceId, postId: home.postId, version: "1" as never }),
      // Larger than an SQL integer: must be refused by validation, not overflow in the database.
      setConversationStatusAction({
        workspaceId: home.workspaceId,
        conversationId: home.conversationId,
        status: "open",
        version: 3_000_000_000,
      }),
    ];
    const codes = (await Promise.all(cases)).map((r) => (r.ok ? "ok" : r.error.code));
    expect(codes).toEqual(["not_found", "bad_request", "bad_request", "bad_request", "bad_request", "bad_request"]);
    expect(await conversationVersion(home.conversationId)).toBe(version);
  });

  it("a stale version is a conflict with a translated message", async () => {
    const { setConversationStatusAction } = await import("@/app/(dashboard)/w/[workspace]/inbox/actions");
    signInAs(home, "manager");
    const version = await conversationVersion(home.conversationId);
    const result = await setConversationStatusAction({
      workspaceId: home.workspaceId,
      conversationId: home.conversationId,
      status: "open",
      version: version + 5,
    });
    expect(result).toEqual({ ok: false, error: { code: "conflict", message: en.errors.conflict } });
  });

  it("bad_request carries translated field errors", async () => {
    const { setConversationStatusAction } = await import("@/app/(dashboard)/w/[workspace]/inbox/actions");
    signInAs(home, "admin");
    const result = await setConversationStatusAction({
      workspaceId: home.workspaceId,
      conversationId: "x",
      status: "open",
      version: 1,
    });
    expect(!result.ok && result.error.fieldErrors).toEqual({ conversationId: [en.validation.invalid] });
  });

  it("setLocaleAction refuses an unknown language", async () => {
    const { setLocaleAction } = await import("@/app/actions");
    expect(await setLocaleAction("fr")).toEqual({
      ok: false,
      error: { code: "bad_request", message: en.errors.bad_request },
    });
  });
});
