/**
 * Object-level authorization, fuzzed (fast-check): every server action and route handler that takes an id is fed
 * ids of another workspace, random UUIDs, malformed ids (NUL bytes, SQL, very long strings, numbers, objects) and
 * garbage payloads. Each call must end in an expected failure (an ActionResult with a 4xx code, or a 4xx response):
 * never a thrown error (the 500 page), never success, and nothing in either workspace changes.
 * The actions are found by walking app/ like the permission matrix's registry, so a new action is fuzzed too.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";
import { tokenFor } from "@/test/api/setup";
import { anyId, anyValue, fingerprint, foreignIds, garbage, isIdField, malformedId } from "./fuzz-inputs";

const session = vi.hoisted(() => ({ user: null as null | Record<string, unknown> }));
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

const db = testDb();
const APP = path.resolve(import.meta.dirname, "../../app");
const RUNS = 5;
const FAILURES = ["bad_request", "not_found", "forbidden", "conflict", "payload_too_large"];

// Actions that take no object id: the caller's own profile, language, session and sign-in, and creating a workspace.
const NO_OBJECT = new Set([
  "loginAction",
  "signOutAction",
  "setLocaleAction",
  "createWorkspaceAction",
  "updateProfileAction",
  "changePasswordAction",
  "beginTwoFactorSetupAction",
  "confirmTwoFactorAction",
  "disableTwoFactorAction",
  "regenerateRecoveryCodesAction",
]);

type Action = (input: unknown) => Promise<{ ok: boolean; error?: { code: string; fieldErrors?: object } }>;
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

let home: WorkspaceFixture;
let foreign: WorkspaceFixture;
let homeToken: string;
const actions: Record<string, Action> = {};
const routes: { name: string; method: string; file: string; handler: Handler; params: string[] }[] = [];

async function loadEndpoints() {
  for (const file of (fs.readdirSync(APP, { recursive: true }) as string[]).sort()) {
    if (/(^|\/)([\w-]+-)?actions\.ts$/.test(file)) {
      const mod = (await import(path.join(APP, file))) as Record<string, Action>;
      for (const [name, fn] of Object.entries(mod)) if (!NO_OBJECT.has(name)) actions[name] = fn;
    } else if (file.endsWith("route.ts") && !file.startsWith("api/auth/") && !file.includes("openapi")) {
      const mod = (await import(path.join(APP, file))) as Record<string, Handler>;
      const params = [...file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
      for (const [method, handler] of Object.entries(mod))
        routes.push({ name: `${method} /${path.dirname(file)}`, method, file, handler, params });
    }
  }
}

/** An action's required fields: every id is not the caller's (another workspace's, random, malformed), the rest garbage. */
function inputFor(name: string) {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const field of required.get(name)!)
    shape[field] = !isIdField(field)
      ? anyValue()
      : field.endsWith("Ids")
        ? fc.array(anyId(foreign), { minLength: 1, maxLength: 3 })
        : anyId(foreign);
  return fc.record(shape).map((fields) => ({ name, input: { ...fields, workspaceId: home.workspaceId } }));
}

/** The fields an action requires, as its own validation names them (a bare call is bad_request with fieldErrors). */
const required = new Map<string, string[]>();
async function probe(name: string) {
  const result = await actions[name]!({ workspaceId: home.workspaceId });
  required.set(name, result.ok ? [] : Object.keys(result.error?.fieldErrors ?? {}));
}

function signInAs(fx: WorkspaceFixture) {
  const user = fx.users.admin;
  session.user = {
    id: user.id,
    email: user.email,
    name: "admin",
    locale: "en",
    avatarUrl: null,
    twoFactorEnabled: true,
  };
}

beforeAll(async () => {
  [home, foreign] = await Promise.all([
    createWorkspaceFixture(db, "Fuzz home"),
    createWorkspaceFixture(db, "Fuzz foreign"),
  ]);
  homeToken = (await tokenFor(home, "admin")).token;
  await loadEndpoints();
  signInAs(home);
  for (const name of Object.keys(actions)) await probe(name);
}, 120_000);

async function expectFailure(call: () => Promise<{ ok: boolean; error?: { code: string } }>, what: string) {
  let result;
  try {
    result = await call();
  } catch (error) {
    throw new Error(`${what} threw (a 500): ${String(error)}`);
  }
  if (result.ok || !FAILURES.includes(result.error?.code ?? ""))
    throw new Error(`${what} answered ${JSON.stringify(result).slice(0, 300)}`);
}

describe("server actions", () => {
  it("found the actions to fuzz", () => {
    expect(Object.keys(actions).length).toBeGreaterThan(40);
    // Every action that names an object says so in its validation errors.
    const withIds = [...required].filter(([, fields]) => fields.some(isIdField)).map(([n]) => n);
    expect(withIds.length).toBeGreaterThan(25);
  });

  it("another workspace, a random or a malformed workspace id: refused, nothing written", async () => {
    signInAs(home);
    const before = await fingerprint(db, [home, foreign]);
    const names = Object.keys(actions);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(fc.constant(foreign.workspaceId), fc.uuid(), malformedId()),
        garbage(),
        async (name, workspaceId, extra) => {
          const fields = Object.fromEntries((required.get(name) ?? []).map((f) => [f, foreignIds(foreign)[0]]));
          await expectFailure(
            () => actions[name]!({ ...extra, ...fields, workspaceId }),
            `${name}(${String(workspaceId).slice(0, 60)})`,
          );
        },
      ),
      { numRuns: names.length * 2 },
    );
    expect(await fingerprint(db, [home, foreign])).toEqual(before);
  });

  it("ids of another workspace's objects, random and malformed ids, garbage payloads: refused, nothing written", async () => {
    signInAs(home);
    const before = await fingerprint(db, [home, foreign]);
    const names = [...required].filter(([, fields]) => fields.some(isIdField)).map(([n]) => n);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names).chain(inputFor), async ({ name, input }) => {
        await expectFailure(() => actions[name]!(input), `${name} ${JSON.stringify(input).slice(0, 300)}`);
      }),
      { numRuns: names.length * RUNS },
    );
    expect(await fingerprint(db, [home, foreign])).toEqual(before);
  });

  it("invitation ids and tokens that are not the caller's: refused, nothing written", async () => {
    signInAs(home);
    const before = await fingerprint(db, [home, foreign]);
    await fc.assert(
      fc.asyncProperty(anyId(foreign), garbage(), async (id, extra) => {
        for (const name of ["acceptInvitationAction", "declineInvitationAction"])
          await expectFailure(() => actions[name]!({ ...extra, invitationId: id }), name);
        await expectFailure(
          () =>
            actions.acceptInvitationWithTokenAction!({
              ...extra,
              token: id,
              name: "Mallory",
              password: "a long enough password",
              confirmPassword: "a long enough password",
            }),
          "acceptInvitationWithTokenAction",
        );
      }),
      { numRuns: 12 },
    );
    expect(await fingerprint(db, [home, foreign])).toEqual(before);
  });
});

/**
 * A route's path for the given params (the values are URL-encoded, as a client must). A lone surrogate cannot be
 * put in a URL at all (encodeURIComponent throws): a client would send U+FFFD, so that is what is sent here.
 */
function urlFor(file: string, values: Record<string, string>) {
  const p = `/${path.dirname(file)}`.replace(/\[(\w+)\]/g, (_, k: string) =>
    encodeURIComponent((values[k] ?? "").toWellFormed()),
  );
  return `http://curtain.test${p}`;
}

describe("route handlers", () => {
  it("ids of another workspace, random and malformed ids, garbage bodies: 4xx, never 5xx, nothing written", async () => {
    signInAs(home);
    const before = await fingerprint(db, [home, foreign]);
    const withIds = routes.filter((r) => r.params.length > 0 && !r.file.startsWith("api/avatars"));
    expect(withIds.length).toBeGreaterThan(10);
    const stringId = anyId(foreign).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...withIds),
        fc.dictionary(
          fc.constantFrom("id", "workspaceId", "conversationId", "postId", "runId", "identityId"),
          stringId,
        ),
        fc.oneof(fc.constant(undefined), fc.json(), fc.string({ maxLength: 200 }), fc.constant("x".repeat(2_000_000))),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 40 }), { maxKeys: 3 }),
        async (target, fuzzed, body, query) => {
          // At least one id is not the caller's own: a v1 route's id, or any of the workspace route's ids.
          const values: Record<string, string> = { workspaceId: home.workspaceId, ...fuzzed };
          if (target.params.every((p) => !(p in fuzzed))) values[target.params.at(-1)!] = foreign.postId;
          const url = new URL(urlFor(target.file, values));
          for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
          const hasBody = target.method !== "GET" && body !== undefined;
          const request = new Request(url, {
            method: target.method,
            headers: {
              authorization: `Bearer ${homeToken}`,
              ...(hasBody ? { "content-type": "application/json" } : {}),
            },
            body: hasBody ? body : undefined,
          });
          let response: Response;
          try {
            response = await target.handler(request, { params: Promise.resolve(values) });
          } catch (error) {
            throw new Error(`${target.name} threw: ${String(error)}`);
          }
          const status = response.status;
          await response.arrayBuffer();
          if (status < 400 || status >= 500)
            throw new Error(`${target.name} ${JSON.stringify(values).slice(0, 200)} answered ${status}`);
        },
      ),
      { numRuns: withIds.length * RUNS },
    );
    expect(await fingerprint(db, [home, foreign])).toEqual(before);
  });
});
