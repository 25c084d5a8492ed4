import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";
import { fieldFailure, orThrow } from "@/lib/outcome";

const session = vi.hoisted(() => ({
  user: null as null | { id: string; email: string; name: string; locale: string; avatarUrl: null },
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));

const { route, DEFAULT_MAX_BODY_BYTES } = await import("./route");
const { memberSession } = await import("./auth");
const en = MESSAGES.en.errors;
const db = testDb();
let fx: WorkspaceFixture;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Route wrapper");
  session.user = {
    id: fx.users.manager.id,
    email: fx.users.manager.email,
    name: "Manager",
    locale: "en",
    avatarUrl: null,
  };
});

const echo = route(
  {
    auth: memberSession("posts.view"),
    params: z.object({ itemId: z.uuid() }),
    query: z.object({ n: z.coerce.number().int().max(5).default(1) }),
    body: z.object({ text: z.string().max(10) }),
  },
  async ({ body, query, params }) => ({ text: body.text, n: query.n, itemId: params.itemId }),
);
const failing = route({ auth: memberSession("posts.view") }, async () =>
  orThrow(fieldFailure("conflict", "name", "members.errors.lastAdmin")),
);
const crashing = route({ auth: memberSession("posts.view") }, async () => {
  throw new Error("a bug");
});

const ITEM = "00000000-0000-4000-8000-000000000001";
function call(handler: typeof echo, init: RequestInit & { path?: string; workspaceId?: string; itemId?: string } = {}) {
  const workspaceId = init.workspaceId ?? fx.workspaceId;
  const request = new Request(`http://curtain.test/api/w/${workspaceId}/items${init.path ?? ""}`, {
    method: "POST",
    body: JSON.stringify({ text: "hi" }),
    ...init,
    headers: { host: "curtain.test", ...init.headers },
  });
  return handler(request, { params: Promise.resolve({ workspaceId, itemId: init.itemId ?? ITEM }) });
}

describe("route wrapper", () => {
  it("answers JSON that is never cached", async () => {
    const response = await call(echo, { path: "?n=3" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ text: "hi", n: 3, itemId: ITEM });
  });

  it.each([
    ["a foreign origin", { origin: "https://evil.example" }],
    ["Origin: null", { origin: "null" }],
    ["a cross-site fetch without Origin", { "sec-fetch-site": "cross-site" }],
  ])("refuses a state-changing cookie request from %s with a translated 403", async (_, headers) => {
    const response = await call(echo, { headers });
    expect(response.status).toBe(403);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: en.forbidden } });
  });

  it("accepts the same origin (also behind a proxy) and reads need no origin", async () => {
    expect((await call(echo, { headers: { origin: "http://curtain.test" } })).status).toBe(200);
    expect(
      (await call(echo, { headers: { origin: "https://curtain.example", "x-forwarded-host": "curtain.example" } }))
        .status,
    ).toBe(200);
    const read = route({ auth: memberSession("posts.view") }, async () => ({ ok: 1 }));
    expect((await call(read, { method: "GET", body: null, headers: { origin: "https://evil.example" } })).status).toBe(
      200,
    );
  });

  it("answers 404 for malformed or foreign ids, never 500", async () => {
    expect((await call(echo, { workspaceId: "%ff" })).status).toBe(404);
    expect((await call(echo, { itemId: "not-a-uuid" })).status).toBe(404);
    const foreign = await call(echo, { workspaceId: "00000000-0000-4000-8000-000000000000" });
    expect(await foreign.json()).toEqual({ error: { code: "not_found", message: en.not_found } });
  });

  it("answers 400 with translated fields for bad input and for malformed JSON", async () => {
    const tooLong = await call(echo, { body: JSON.stringify({ text: "x".repeat(11) }) });
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).error).toMatchObject({ code: "bad_request", fields: { text: [expect.any(String)] } });
    expect((await call(echo, { path: "?n=9" })).status).toBe(400);
    for (const body of ["{not json", "\xff\xfe", ""]) expect((await call(echo, { body })).status).toBe(400);
  });

  it("refuses a body over the limit with 413, also when it is streamed without content-length", async () => {
    const declared = await call(echo, { body: JSON.stringify({ text: "x".repeat(DEFAULT_MAX_BODY_BYTES) }) });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { code: "payload_too_large", message: en.payload_too_large } });
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const streamed = await call(echo, { body: stream, duplex: "half" } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(DEFAULT_MAX_BODY_BYTES + 256 * 1024);
  });

  it("translates an outcome's failure with its status and field messages", async () => {
    const response = await call(failing, { method: "GET", body: null });
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: { code: "conflict", message: en.conflict, fields: { name: [MESSAGES.en.members.errors.lastAdmin] } },
    });
  });

  it("answers a bug with a generic 500 and logs it", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await call(crashing, { method: "GET", body: null });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: { code: "internal", message: en.internal } });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });

  it("asks who is calling before reading the body", async () => {
    session.user = null;
    const response = await call(echo, { body: "{broken" });
    expect(response.status).toBe(401);
    session.user = {
      id: fx.users.manager.id,
      email: fx.users.manager.email,
      name: "Manager",
      locale: "en",
      avatarUrl: null,
    };
  });
});
