import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteAvatar, saveAvatar } from "@/lib/identities/avatar-storage";

const session = vi.hoisted(() => ({ user: null as null | { id: string } }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("@/lib/i18n/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { MESSAGES } = await import("@/lib/i18n/messages");
  return { getServerTranslator: async () => createTranslator({ locale: "en", messages: MESSAGES.en }) };
});

const { GET } = await import("./route");
const get = (file: string) =>
  GET(new Request(`http://test/api/avatars/${file}`), { params: Promise.resolve({ file }) });
const GIF = Uint8Array.from([..."GIF89a"].map((c) => c.charCodeAt(0)).concat([1, 0, 1, 0]));

describe("GET /api/avatars/[file]", () => {
  beforeEach(() => {
    session.user = { id: "someone" };
  });

  it("serves a stored avatar with its type, nosniff, a sandboxing CSP and an hour of private caching", async () => {
    const name = await saveAvatar(GIF, "gif");
    try {
      const response = await get(name);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/gif");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("private, max-age=3600");
      expect(response.headers.get("content-security-policy")).toBe(
        "default-src 'none'; frame-ancestors 'none'; sandbox",
      );
      expect(new Uint8Array(await response.arrayBuffer())).toEqual(GIF);
    } finally {
      await deleteAvatar(name);
    }
  });

  it("is 401 when signed out and 404 for unknown or crafted names", async () => {
    const name = await saveAvatar(GIF, "gif");
    try {
      session.user = null;
      expect((await get(name)).status).toBe(401);
      session.user = { id: "someone" };
      expect((await get("..%2F..%2Fauth-secret")).status).toBe(404);
      expect((await get("../auth-secret")).status).toBe(404);
      expect((await get("11111111-1111-1111-1111-111111111111.png")).status).toBe(404);
    } finally {
      await deleteAvatar(name);
    }
  });
});
