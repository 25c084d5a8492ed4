import fs from "node:fs";
import path from "node:path";
import { expect, storageStateFor, test, workspaceId } from "./fixtures";

// Production-only behaviour (issue 6): `next start` answered these with a 500; each must be a 4xx with the JSON
// error body every route uses. Run against the build: `next dev` differs here.

/** The id Next gave a server action in this build (what the browser sends in the Next-Action header). */
function actionId(name: string) {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json"), "utf8"),
  );
  const entry = Object.entries(manifest.node as Record<string, { exportedName?: string }>).find(
    ([, v]) => v.exportedName === name,
  );
  if (!entry) throw new Error(`No server action ${name} in the build`);
  return entry[0];
}

test.use({ storageState: storageStateFor("admin") });

test("malformed percent-encoding in a path is 400, not 500", async ({ request }) => {
  for (const url of ["/api/w/%ff/members", "/api/avatars/%ff", "/w/%ff/inbox"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(400);
    expect((await response.json()).error, url).toEqual({
      code: "bad_request",
      message: "Some input is not valid. Check the highlighted fields.",
    });
  }
});

test("authenticated JSON is never cached", async ({ request }) => {
  const response = await request.get(`/api/w/${await workspaceId("demo-brand")}/members`);
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test.describe("cross-site avatar uploads with the admin's cookie", () => {
  for (const origin of ["https://evil.example", "null"]) {
    test(`Origin ${origin} is refused with 403 and a translated message`, async ({ request }) => {
      const id = await workspaceId("demo-brand");
      // The origin is checked before anything else, so any identity id shows it.
      const response = await request.post(`/api/w/${id}/identities/00000000-0000-4000-8000-000000000000/avatar`, {
        headers: { origin },
        multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } },
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).error).toEqual({ code: "forbidden", message: "You are not allowed to do that." });
    });
  }
});

test.describe("server actions", () => {
  const post = (
    request: import("@playwright/test").APIRequestContext,
    baseURL: string,
    body: string | Buffer,
    headers: Record<string, string> = {},
  ) =>
    request.post("/login", {
      headers: {
        "next-action": actionId("setLocaleAction"),
        "content-type": "text/plain;charset=UTF-8",
        origin: new URL(baseURL).origin,
        ...headers,
      },
      data: body,
    });

  test("a valid call still works", async ({ request, baseURL }) => {
    expect((await post(request, baseURL!, '["en"]')).status()).toBe(200);
  });

  test("invalid JSON is 400", async ({ request, baseURL }) => {
    const response = await post(request, baseURL!, "{not json");
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("bad_request");
  });

  test("a body over the limit is 413", async ({ request, baseURL }) => {
    const response = await post(request, baseURL!, Buffer.alloc(1_200_000, "a"));
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("payload_too_large");
  });

  test("a foreign or null Origin is 403", async ({ request, baseURL }) => {
    for (const origin of ["https://evil.example", "null"]) {
      const response = await post(request, baseURL!, '["en"]', { origin });
      expect(response.status(), origin).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
    }
  });
});
