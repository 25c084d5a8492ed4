import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { hitRateLimit } from "@/db/queries/rate-limit";
import { createWorkspaceFixture, testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { MESSAGES } from "@/lib/i18n/messages";
import * as secretRoute from "@/app/api/v1/channels/[id]/inbound-secret/route";
import * as inboundRoute from "@/app/api/v1/channels/[id]/inbound/route";
import * as identitiesRoute from "@/app/api/v1/identities/route";
import { call, signed, tokenFor } from "./setup";

vi.hoisted(() => {
  process.env.CURTAIN_SECRET_KEY = "cd".repeat(32);
  process.env.CURTAIN_API_RATE_LIMIT = "3";
  process.env.CURTAIN_INBOUND_RATE_LIMIT = "2";
});
vi.mock("@/db", async () => ({ db: (await import("@/db/testing/fixtures")).testDb() }));
vi.mock("@/lib/i18n/server", () => ({
  getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }),
}));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => null }));
vi.mock("@/lib/auth", () => ({ auth: vi.fn(), signIn: vi.fn(), signOut: vi.fn(), unstable_update: vi.fn() }));
vi.mock("next-auth", () => ({ CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: vi.fn() }),
  headers: async () => new Headers(),
}));

const db = testDb();
let fx: WorkspaceFixture;
beforeAll(async () => {
  fx = await createWorkspaceFixture(db);
});

describe("rate limits (counted in PostgreSQL)", () => {
  it("counts per key in fixed 60-second windows and says when to come back", async () => {
    const key = `test:${uniqueTag()}`;
    const now = new Date("2030-01-01T00:00:45Z");
    expect(await hitRateLimit(db, { key, limit: 2, now })).toEqual({ allowed: true });
    expect(await hitRateLimit(db, { key, limit: 2, now })).toEqual({ allowed: true });
    expect(await hitRateLimit(db, { key, limit: 2, now })).toEqual({ allowed: false, retryAfterSeconds: 15 });
    const next = new Date("2030-01-01T00:01:00Z");
    expect(await hitRateLimit(db, { key, limit: 2, now: next })).toEqual({ allowed: true });
    // Concurrent hits never lose a count.
    const burst = `test:${uniqueTag()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => hitRateLimit(db, { key: burst, limit: 5, now })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });

  it("answers 429 with Retry-After per token (CURTAIN_API_RATE_LIMIT), other tokens unaffected", async () => {
    const a = await tokenFor(fx, "admin");
    const b = await tokenFor(fx, "admin");
    const get = (token: string) => call(identitiesRoute.GET, { path: "/api/v1/identities", token });
    for (let i = 0; i < 3; i++) expect((await get(a.token)).status).toBe(200);
    const limited = await get(a.token);
    expect(limited.status).toBe(429);
    expect(limited.json.error.code).toBe("rate_limited");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await get(b.token)).status).toBe(200);
  });

  it("answers 429 per channel for signed batches (CURTAIN_INBOUND_RATE_LIMIT)", async () => {
    const admin = await tokenFor(fx, "admin");
    const rotated = await call(secretRoute.POST, {
      path: "/x",
      method: "POST",
      token: admin.token,
      params: { id: fx.channelId },
    });
    const secret = rotated.json.data.secret as string;
    const send = () => {
      const body = JSON.stringify({
        events: [
          {
            externalId: uniqueTag(),
            direction: "inbound",
            kind: "dm",
            text: "hi",
            createdAt: new Date().toISOString(),
            author: { id: "1", handle: "@x" },
          },
        ],
      });
      return call(inboundRoute.POST, {
        path: "/x",
        method: "POST",
        params: { id: fx.channelId },
        body,
        headers: signed(secret, body),
      });
    };
    expect((await send()).status).toBe(200);
    expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
