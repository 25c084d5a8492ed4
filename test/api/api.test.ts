import { validate } from "@readme/openapi-parser";
import { and, eq, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { revokeApiToken } from "@/db/queries/api-tokens";
import { apiTokens, conversations, memberships, messages } from "@/db/schema";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";
import { OPERATIONS } from "@/lib/api/v1/operations";
import * as channelsRoute from "@/app/api/v1/channels/route";
import * as secretRoute from "@/app/api/v1/channels/[id]/inbound-secret/route";
import * as inboundRoute from "@/app/api/v1/channels/[id]/inbound/route";
import * as conversationsRoute from "@/app/api/v1/conversations/route";
import * as conversationRoute from "@/app/api/v1/conversations/[id]/route";
import * as repliesRoute from "@/app/api/v1/conversations/[id]/replies/route";
import * as identitiesRoute from "@/app/api/v1/identities/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import * as postsRoute from "@/app/api/v1/posts/route";
import * as postRoute from "@/app/api/v1/posts/[id]/route";
import * as responseTimesRoute from "@/app/api/v1/reports/response-times/route";
import { call, signed, tokenFor } from "./setup";

vi.hoisted(() => {
  process.env.CURTAIN_SECRET_KEY = "ab".repeat(32);
});
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));
// No session: /api/v1 is bearer-only (lib/api/auth.ts imports the cookie session for its other authenticators).
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => null }));
vi.mock("@/lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), unstable_update: vi.fn() }));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn() }),
  headers: async () => new Headers(),
}));

const db = testDb();
let fx: WorkspaceFixture;
let other: WorkspaceFixture;
let admin: string;
const exercised = new Set<string>();
const mark = (operation: keyof typeof OPERATIONS) => exercised.add(operation);

beforeAll(async () => {
  [fx, other] = await Promise.all([createWorkspaceFixture(db), createWorkspaceFixture(db)]);
  admin = (await tokenFor(fx, "admin")).token;
});

describe("GET /api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document naming every operation's permission as a bearer scope", async () => {
    const { status, json } = await call(openapiRoute.GET, { path: "/api/v1/openapi.json" });
    expect(status).toBe(200);
    expect(json.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(json));
    expect(result.valid, JSON.stringify(result)).toBe(true);
    for (const [id, o] of Object.entries(OPERATIONS)) {
      const documented = json.paths[o.path][o.method];
      expect(documented.operationId).toBe(id);
      expect(documented.security).toEqual(o.permission ? [{ bearer: [o.permission] }] : [{ signature: [] }]);
    }
  });
});

describe("bearer tokens", () => {
  it("refuses a missing, malformed, unknown, revoked or expired token with 401", async () => {
    const path = "/api/v1/identities";
    expect((await call(identitiesRoute.GET, { path })).status).toBe(401);
    expect((await call(identitiesRoute.GET, { path, token: "nope" })).status).toBe(401);
    expect((await call(identitiesRoute.GET, { path, token: `ctn_${"x".repeat(43)}` })).status).toBe(401);
    const revoked = await tokenFor(fx, "admin");
    expect((await call(identitiesRoute.GET, { path, token: revoked.token })).status).toBe(200);
    await revokeApiToken(db, { workspaceId: fx.workspaceId, tokenId: revoked.id, actorUserId: fx.users.admin.id });
    const refused = await call(identitiesRoute.GET, { path, token: revoked.token });
    expect(refused.status).toBe(401);
    expect(refused.json.error.code).toBe("unauthorized");
    const expired = await tokenFor(fx, "admin", ["all"], new Date(Date.now() - 1000));
    expect((await call(identitiesRoute.GET, { path, token: expired.token })).status).toBe(401);
  });

  it("stops working at once when the member is deactivated, and follows a role change", async () => {
    const fy = await createWorkspaceFixture(db);
    const { token } = await tokenFor(fy, "manager", ["all"]);
    expect((await call(conversationsRoute.GET, { path: "/api/v1/conversations", token })).status).toBe(200);
    await db.update(memberships).set({ role: "analyst" }).where(eq(memberships.userId, fy.users.manager.id));
    expect((await call(conversationsRoute.GET, { path: "/api/v1/conversations", token })).status).toBe(403);
    await db.update(memberships).set({ deactivatedAt: new Date() }).where(eq(memberships.userId, fy.users.manager.id));
    expect(
      (await call(postsRoute.GET, { path: "/api/v1/posts?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z", token }))
        .status,
    ).toBe(401);
  });

  it("works for routes without path parameters, where Next passes no params at all", async () => {
    const request = new Request("http://curtain.test/api/v1/identities", {
      headers: { authorization: `Bearer ${admin}` },
    });
    const response = await (identitiesRoute.GET as (r: Request) => Promise<Response>)(request);
    expect(response.status).toBe(200);
  });

  it("limits a token to its scopes and records its last use", async () => {
    const scoped = await tokenFor(fx, "manager", ["posts.view"]);
    expect((await call(identitiesRoute.GET, { path: "/api/v1/identities", token: scoped.token })).status).toBe(403);
    const q = "from=2020-01-01T00:00:00Z&to=2020-03-01T00:00:00Z";
    expect((await call(postsRoute.GET, { path: `/api/v1/posts?${q}`, token: scoped.token })).status).toBe(200);
    const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, scoped.id));
    expect(row!.lastUsedAt).not.toBeNull();
    expect(row!.tokenHash).not.toContain(scoped.token);
  });
});

describe("reads", () => {
  it("lists identities and channels of the token's workspace only, never a secret", async () => {
    mark("listIdentities");
    mark("listChannels");
    const identities = await call(identitiesRoute.GET, { path: "/api/v1/identities", token: admin });
    expect(identities.json.data.map((i: { id: string }) => i.id).sort()).toEqual(
      [fx.identities.brand, fx.identities.persona].sort(),
    );
    expect(Object.keys(identities.json.data[0]).sort()).toEqual(["handle", "id", "kind", "name", "signOff", "status"]);
    const channels = await call(channelsRoute.GET, { path: "/api/v1/channels", token: admin });
    expect(channels.json.data).toEqual([
      expect.objectContaining({
        id: fx.channelId,
        platform: "x",
        identityId: fx.identities.brand,
        connector: "sandbox",
      }),
    ]);
    expect(Object.keys(channels.json.data[0]).sort()).toEqual(
      ["connector", "handle", "id", "identityId", "platform", "status"].sort(),
    );
  });

  it("pages conversations with filters and a keyset cursor; bad filters are 400", async () => {
    mark("listConversations");
    const { token } = await tokenFor(fx, "admin");
    // Two more conversations to page through.
    const channel = fx.channelId;
    for (const n of [1, 2]) {
      await db.insert(conversations).values({
        workspaceId: fx.workspaceId,
        channelId: channel,
        contactId: fx.contactId,
        kind: "dm",
        status: "pending",
        lastMessageAt: new Date(Date.now() - n * 1000),
      });
    }
    const first = await call(conversationsRoute.GET, { path: "/api/v1/conversations?limit=2", token });
    expect(first.status).toBe(200);
    expect(first.json.data).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const next = await call(conversationsRoute.GET, {
      path: `/api/v1/conversations?limit=2&cursor=${first.json.nextCursor}`,
      token,
    });
    expect(next.json.data.length).toBeGreaterThanOrEqual(1);
    const seen = [...first.json.data, ...next.json.data].map((c: { id: string }) => c.id);
    expect(new Set(seen).size).toBe(seen.length);
    const pending = await call(conversationsRoute.GET, { path: "/api/v1/conversations?status=pending", token });
    expect(pending.json.data.every((c: { status: string }) => c.status === "pending")).toBe(true);
    const q = await call(conversationsRoute.GET, { path: "/api/v1/conversations?q=switzerland", token });
    expect(q.json.data.map((c: { id: string }) => c.id)).toEqual([fx.conversationId]);
    for (const bad of ["limit=0", "limit=101", "status=closed", "cursor=abc", "identityId=nope"]) {
      const r = await call(conversationsRoute.GET, { path: `/api/v1/conversations?${bad}`, token });
      expect(r.status, bad).toBe(400);
      expect(r.json.error.code).toBe("bad_request");
    }
  });

  it("gets one conversation with its messages; another workspace's id is 404", async () => {
    mark("getConversation");
    const found = await call(conversationRoute.GET, {
      path: `/api/v1/conversations/${fx.conversationId}`,
      token: admin,
      params: { id: fx.conversationId },
    });
    expect(found.status).toBe(200);
    expect(found.json.data).toEqual(
      expect.objectContaining({ id: fx.conversationId, contact: expect.objectContaining({ id: fx.contactId }) }),
    );
    expect(found.json.data.messages[0]).toEqual(expect.objectContaining({ id: fx.messageId, direction: "inbound" }));
    const foreign = await call(conversationRoute.GET, {
      path: `/api/v1/conversations/${other.conversationId}`,
      token: admin,
      params: { id: other.conversationId },
    });
    expect(foreign.status).toBe(404);
    const malformed = await call(conversationRoute.GET, {
      path: "/api/v1/conversations/x",
      token: admin,
      params: { id: "x" },
    });
    expect(malformed.status).toBe(404);
  });

  it("lists posts in a window with their targets; a window that is too long is 400", async () => {
    mark("listPosts");
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const r = await call(postsRoute.GET, { path: `/api/v1/posts?from=${from}&to=${to}`, token: admin });
    expect(r.status).toBe(200);
    expect(r.json.data).toEqual([expect.objectContaining({ id: fx.postId, status: "in_review", targets: [] })]);
    const long = await call(postsRoute.GET, {
      path: `/api/v1/posts?from=2020-01-01T00:00:00Z&to=2021-01-01T00:00:00Z`,
      token: admin,
    });
    expect(long.status).toBe(400);
  });
});

describe("reports", () => {
  it("response times by identity kind; member rows need teamReports.view in the token too; bad input is 400", async () => {
    mark("responseTimes");
    const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const path = (groupBy: string) => `/api/v1/reports/response-times?from=${from}&to=${to}&groupBy=${groupBy}`;
    const r = await call(responseTimesRoute.GET, { path: path("identityKind"), token: admin });
    expect(r.status).toBe(200);
    expect(Array.isArray(r.json.data)).toBe(true);
    for (const row of r.json.data) expect(row).toMatchObject({ key: { kind: expect.any(String) } });
    const { token: narrow } = await tokenFor(fx, "manager", ["reports.view"]);
    expect((await call(responseTimesRoute.GET, { path: path("user"), token: narrow })).status).toBe(403);
    expect((await call(responseTimesRoute.GET, { path: path("user"), token: admin })).status).toBe(200);
    expect((await call(responseTimesRoute.GET, { path: path("weekday"), token: admin })).status).toBe(400);
  });
});

describe("posts", () => {
  it("creates a draft through the composer's rules; another workspace's channel is 400", async () => {
    mark("createPost");
    const at = new Date(Date.now() + 5 * 86_400_000);
    at.setUTCSeconds(0, 0);
    const r = await call(postsRoute.POST, {
      path: "/api/v1/posts",
      method: "POST",
      token: admin,
      body: {
        identityId: fx.identities.brand,
        channelIds: [fx.channelId],
        body: "From the API",
        scheduledAt: at.toISOString(),
      },
    });
    expect(r.status).toBe(201);
    expect(r.json.data).toMatchObject({ status: "draft", body: "From the API", scheduledAt: at.toISOString() });
    const other = await createWorkspaceFixture(db);
    const refused = await call(postsRoute.POST, {
      path: "/api/v1/posts",
      method: "POST",
      token: admin,
      body: { identityId: fx.identities.brand, channelIds: [other.channelId], body: "Nope" },
    });
    expect(refused.status).toBe(400);
  });
});

describe("changes", () => {
  it("patches a conversation with its version; a stale version is 409", async () => {
    mark("updateConversation");
    const fy = await createWorkspaceFixture(db);
    const { token } = await tokenFor(fy, "manager");
    const path = `/api/v1/conversations/${fy.conversationId}`;
    const params = { id: fy.conversationId };
    const ok = await call(conversationRoute.PATCH, {
      path,
      method: "PATCH",
      token,
      params,
      body: { version: 1, priority: "high", assigneeId: fy.users.social_media_manager.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.json.data).toEqual(expect.objectContaining({ priority: "high", version: 2 }));
    const stale = await call(conversationRoute.PATCH, {
      path,
      method: "PATCH",
      token,
      params,
      body: { version: 1, status: "resolved" },
    });
    expect(stale.status).toBe(409);
    const empty = await call(conversationRoute.PATCH, { path, method: "PATCH", token, params, body: { version: 2 } });
    expect(empty.status).toBe(400);
    const broken = await call(conversationRoute.PATCH, { path, method: "PATCH", token, params, body: "{not json" });
    expect(broken.status).toBe(400);
    // A social media manager may triage but not assign someone else.
    const smm = await tokenFor(fy, "social_media_manager");
    const assign = await call(conversationRoute.PATCH, {
      path,
      method: "PATCH",
      token: smm.token,
      params,
      body: { version: 2, assigneeId: fy.users.manager.id },
    });
    expect(assign.status).toBe(403);
  });

  it("replies as an identity (201, sign-off applied); speaking as a voice one may not use is 403", async () => {
    mark("reply");
    const fy = await createWorkspaceFixture(db);
    const path = `/api/v1/conversations/${fy.conversationId}/replies`;
    const params = { id: fy.conversationId };
    const cm = await tokenFor(fy, "community_manager");
    const refused = await call(repliesRoute.POST, {
      path,
      method: "POST",
      token: cm.token,
      params,
      body: { identityId: fy.identities.brand, text: "Hi", version: 1 },
    });
    expect(refused.status).toBe(403);
    const sent = await call(repliesRoute.POST, {
      path,
      method: "POST",
      token: cm.token,
      params,
      body: { identityId: fy.identities.persona, text: "Yes we do!", version: 1 },
    });
    expect(sent.status).toBe(201);
    expect(sent.json.data).toEqual(
      expect.objectContaining({
        direction: "outbound",
        text: "Yes we do! -Tess",
        deliveryStatus: "queued",
        identityId: fy.identities.persona,
        authorUserId: fy.users.community_manager.id,
      }),
    );
    const stale = await call(repliesRoute.POST, {
      path,
      method: "POST",
      token: cm.token,
      params,
      body: { identityId: fy.identities.persona, text: "Again", version: 1 },
    });
    expect(stale.status).toBe(409);
  });

  it("approves a post in review with its version; stale or repeated is 409, another workspace's 404", async () => {
    mark("updatePost");
    const fy = await createWorkspaceFixture(db);
    const manager = await tokenFor(fy, "manager");
    const path = `/api/v1/posts/${fy.postId}`;
    const params = { id: fy.postId };
    const body = { version: 1, status: "approved" };
    const smm = await tokenFor(fy, "social_media_manager");
    expect((await call(postRoute.PATCH, { path, method: "PATCH", token: smm.token, params, body })).status).toBe(403);
    const ok = await call(postRoute.PATCH, { path, method: "PATCH", token: manager.token, params, body });
    expect(ok.status).toBe(200);
    expect(ok.json.data).toEqual(expect.objectContaining({ id: fy.postId, status: "approved", version: 2 }));
    expect((await call(postRoute.PATCH, { path, method: "PATCH", token: manager.token, params, body })).status).toBe(
      409,
    );
    const foreign = { id: other.postId };
    expect(
      (await call(postRoute.PATCH, { path, method: "PATCH", token: manager.token, params: foreign, body })).status,
    ).toBe(404);
  });

  it("rotates a channel's inbound secret (returned once); the old one stops working at once", async () => {
    mark("rotateInboundSecret");
    const path = `/api/v1/channels/${fx.channelId}/inbound-secret`;
    const first = await call(secretRoute.POST, { path, method: "POST", token: admin, params: { id: fx.channelId } });
    expect(first.status).toBe(200);
    const old = first.json.data.secret as string;
    const second = await call(secretRoute.POST, { path, method: "POST", token: admin, params: { id: fx.channelId } });
    const fresh = second.json.data.secret as string;
    expect(fresh).not.toBe(old);
    const body = JSON.stringify({ events: [event(uniqueTag())] });
    const inbound = `/api/v1/channels/${fx.channelId}/inbound`;
    const params = { id: fx.channelId };
    expect(
      (await call(inboundRoute.POST, { path: inbound, method: "POST", params, body, headers: signed(old, body) }))
        .status,
    ).toBe(401);
    expect(
      (await call(inboundRoute.POST, { path: inbound, method: "POST", params, body, headers: signed(fresh, body) }))
        .status,
    ).toBe(200);
    const foreign = await call(secretRoute.POST, {
      path,
      method: "POST",
      token: admin,
      params: { id: other.channelId },
    });
    expect(foreign.status).toBe(404);
    const manager = await tokenFor(fx, "manager");
    expect(
      (await call(secretRoute.POST, { path, method: "POST", token: manager.token, params: { id: fx.channelId } }))
        .status,
    ).toBe(403);
  });
});

function event(externalId: string, extra: Record<string, unknown> = {}) {
  return {
    externalId,
    direction: "inbound",
    kind: "mention",
    text: `Love it ${externalId}`,
    createdAt: new Date().toISOString(),
    author: { id: "1", handle: `@a_${externalId}` },
    ...extra,
  };
}

describe("POST /api/v1/channels/{channelId}/inbound", () => {
  let secret: string;
  const path = () => `/api/v1/channels/${fx.channelId}/inbound`;
  const params = () => ({ id: fx.channelId });
  beforeAll(async () => {
    const r = await call(secretRoute.POST, { path: "/x", method: "POST", token: admin, params: { id: fx.channelId } });
    secret = r.json.data.secret;
  });
  const post = (body: string | Uint8Array, headers: Record<string, string>) =>
    call(inboundRoute.POST, { path: path(), method: "POST", params: params(), body, headers });

  it("accepts a good signature, answers per event, and a byte-identical replay is duplicate", async () => {
    mark("inbound");
    const id = uniqueTag();
    const body = JSON.stringify({
      events: [event(id), { ...event(`${id}x`), kind: "tweet" }, event(`${id}r`, { inReplyTo: id })],
    });
    const headers = signed(secret, body);
    const first = await post(body, headers);
    expect(first.status).toBe(200);
    expect(first.json.results.map((r: { status: string }) => r.status)).toEqual(["created", "rejected", "created"]);
    expect(first.json.results[1].reason).toMatch(/^kind/);
    expect(first.json.results[2].conversationId).toBe(first.json.results[0].conversationId);
    const replay = await post(body, headers);
    expect(replay.json.results.map((r: { status: string }) => r.status)).toEqual([
      "duplicate",
      "rejected",
      "duplicate",
    ]);
  });

  it("refuses bad, missing, expired and future signatures with 401 and stores nothing", async () => {
    const id = uniqueTag();
    const body = JSON.stringify({ events: [event(id)] });
    const cases: Record<string, string>[] = [
      {},
      signed("wrong-secret", body),
      signed(secret, body, new Date(Date.now() - 301_000)),
      signed(secret, body, new Date(Date.now() + 301_000)),
      { ...signed(secret, body), "x-curtain-signature": "sha256=zz" },
      signed(secret, body.replace("Love", "Hate")),
    ];
    for (const headers of cases) expect((await post(body, headers)).status).toBe(401);
    const stored = await db
      .select()
      .from(messages)
      .where(and(eq(messages.channelId, fx.channelId), eq(messages.externalId, id)));
    expect(stored).toHaveLength(0);
  });

  it("answers 404 for an unknown channel, 413 over 1 MiB, 400 for malformed bodies", async () => {
    const body = JSON.stringify({ events: [event(uniqueTag())] });
    const unknown = crypto.randomUUID();
    const r404 = await call(inboundRoute.POST, {
      path: `/api/v1/channels/${unknown}/inbound`,
      method: "POST",
      params: { id: unknown },
      body,
      headers: signed(secret, body),
    });
    expect(r404.status).toBe(404);
    const big = JSON.stringify({ events: [event(uniqueTag(), { text: "x".repeat(1_100_000) })] });
    expect((await post(big, signed(secret, big))).status).toBe(413);
    const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const bodies: (string | Uint8Array)[] = [
      "{not json",
      JSON.stringify({ events: [] }),
      JSON.stringify({ events: Array.from({ length: 1001 }, (_, i) => event(`${i}`)) }),
      JSON.stringify({ nope: 1 }),
      invalidUtf8,
    ];
    for (const b of bodies) {
      const r = await post(b, signed(secret, b));
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe("bad_request");
    }
    const nul = JSON.stringify({ events: [event(uniqueTag(), { text: "a\u0000b" })] });
    const r = await post(nul, signed(secret, nul));
    expect(r.status).toBe(200);
    expect(r.json.results[0].status).toBe("rejected");
  });

  it("stores one row when the same signed request arrives many times at once", async () => {
    const id = uniqueTag();
    const body = JSON.stringify({ events: [event(id), event(`${id}-2`, { inReplyTo: id })] });
    const headers = signed(secret, body);
    const answers = await Promise.all(Array.from({ length: 16 }, () => post(body, headers)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const [{ n }] = (await db.execute(
      sql`select count(*)::int as n from messages where channel_id = ${fx.channelId} and external_id in (${id}, ${`${id}-2`})`,
    )) as unknown as [{ n: number }];
    expect(n).toBe(2);
    const created = answers.flatMap((a) => a.json.results).filter((r: { status: string }) => r.status === "created");
    expect(created).toHaveLength(2);
  });
});

afterAll(() => {
  expect([...exercised].sort()).toEqual(Object.keys(OPERATIONS).sort());
});
