import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { e2eSql, expect, storageStateFor, test, workspaceId } from "./fixtures";

// Cross-site request forgery with the admin's cookie: another site's page can make the browser POST to Curtain
// (a form, or fetch without CORS), and the browser adds the session cookie (SameSite=Lax keeps it off cross-site
// POSTs in current browsers, but not in all, and not for same-site sibling hosts). Every cookie-authenticated
// change must refuse such a request by its Origin / Sec-Fetch-Site, before doing anything. bad-requests.spec.ts
// covers the avatar upload and a signed-out action; this covers every state-changing route and a workspace action.

test.use({ storageState: storageStateFor("admin") });

const CROSS_SITE: { name: string; headers: (own: URL) => Record<string, string> }[] = [
  { name: "a foreign Origin", headers: () => ({ origin: "https://evil.example" }) },
  { name: "Origin: null", headers: () => ({ origin: "null" }) },
  { name: "a look-alike Origin", headers: (own) => ({ origin: `${own.origin}.evil.example` }) },
  { name: "an Origin with user info", headers: (own) => ({ origin: `http://${own.host}@evil.example` }) },
  { name: "Sec-Fetch-Site: cross-site without Origin", headers: () => ({ "sec-fetch-site": "cross-site" }) },
  // A sibling host (another app on the same registrable domain) is same-site for SameSite cookies: still refused.
  { name: "Sec-Fetch-Site: same-site without Origin", headers: () => ({ "sec-fetch-site": "same-site" }) },
];

function actionId(name: string) {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === name);
  if (!entry) throw new Error(`No server action ${name} in the build`);
  return entry[0];
}

async function beckyMembership() {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ role: string; user_id: string }[]>`
      select m.role, m.user_id from memberships m join users u on u.id = m.user_id
      join workspaces w on w.id = m.workspace_id
      where u.email = 'becky@curtain.demo' and w.slug = 'demo-brand'`;
    return row!;
  } finally {
    await sql.end();
  }
}

async function callAction(request: APIRequestContext, name: string, args: unknown[], headers: Record<string, string>) {
  return request.post("/w/demo-brand/settings/members", {
    headers: { "next-action": actionId(name), "content-type": "text/plain;charset=UTF-8", ...headers },
    data: JSON.stringify(args),
  });
}

test.describe("a workspace server action with the admin's cookie", () => {
  for (const attack of CROSS_SITE) {
    test(`${attack.name} is refused and changes nothing`, async ({ request, baseURL }) => {
      const before = await beckyMembership();
      const role = before.role === "analyst" ? "manager" : "analyst";
      const workspace = await workspaceId("demo-brand");
      const response = await callAction(
        request,
        "changeMemberRoleAction",
        [{ workspaceId: workspace, userId: before.user_id, role }],
        attack.headers(new URL(baseURL!)),
      );
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe("forbidden");
      expect((await beckyMembership()).role).toBe(before.role);
    });
  }

  test("the same call from Curtain's own origin reaches the action (control)", async ({ request, baseURL }) => {
    // Role unchanged on purpose, so the control does not disturb other tests; it must be answered, not refused.
    const before = await beckyMembership();
    const response = await callAction(
      request,
      "changeMemberRoleAction",
      [{ workspaceId: await workspaceId("demo-brand"), userId: before.user_id, role: before.role }],
      { origin: new URL(baseURL!).origin, "sec-fetch-site": "same-origin" },
    );
    expect(response.status()).toBe(200);
  });

  test("a multipart form post (what a cross-site <form> sends) is refused too", async ({ request }) => {
    const response = await request.post("/w/demo-brand/settings/members", {
      headers: { "next-action": actionId("changeMemberRoleAction"), origin: "https://evil.example" },
      multipart: { "1_workspaceId": "x" },
    });
    expect(response.status()).toBe(403);
  });
});

/** Every cookie-authenticated route under app/api/w that changes state, with a request that would change it. */
const STATE_CHANGING_ROUTES: Record<
  string,
  (workspace: string) => { url: string; init: Parameters<APIRequestContext["post"]>[1] }
> = {
  "POST /api/w/[workspaceId]/identities/[identityId]/avatar": (workspace) => ({
    url: `/api/w/${workspace}/identities/00000000-0000-4000-8000-000000000000/avatar`,
    init: { multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("x") } } },
  }),
  "POST /api/w/[workspaceId]/import": (workspace) => ({
    url: `/api/w/${workspace}/import?format=native&name=forged.jsonl`,
    init: { data: '{"kind":"message"}\n', headers: { "content-type": "application/octet-stream" } },
  }),
};

test("every state-changing route under /api/w is listed here", () => {
  const root = path.resolve(import.meta.dirname, "../app/api/w");
  const found: string[] = [];
  for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
    if (!file.endsWith("route.ts")) continue;
    const source = fs.readFileSync(path.join(root, file), "utf8");
    for (const [, method] of source.matchAll(/export const (POST|PUT|PATCH|DELETE)\b/g))
      found.push(`${method} /api/w/${path.dirname(file)}`);
  }
  expect(found.sort()).toEqual(Object.keys(STATE_CHANGING_ROUTES).sort());
});

test.describe("state-changing routes with the admin's cookie", () => {
  for (const [name, make] of Object.entries(STATE_CHANGING_ROUTES))
    for (const attack of CROSS_SITE)
      test(`${name}: ${attack.name} is refused and writes nothing`, async ({ request, baseURL }) => {
        const workspace = await workspaceId("demo-brand");
        const sql = e2eSql();
        const counts = async () =>
          (
            await sql<{ runs: number; audit: number }[]>`
              select (select count(*)::int from import_runs where workspace_id = ${workspace}) as runs,
                     (select count(*)::int from audit_events where workspace_id = ${workspace}) as audit`
          )[0]!;
        const before = await counts();
        const { url, init } = make(workspace);
        const method = name.split(" ")[0]!.toLowerCase() as "post";
        const response = await request[method](url, {
          ...init,
          headers: { ...init?.headers, ...attack.headers(new URL(baseURL!)) },
        });
        expect(response.status()).toBe(403);
        expect((await response.json()).error.code).toBe("forbidden");
        expect(await counts()).toEqual(before);
        await sql.end();
      });
});

test("the token API does not accept the session cookie in place of a token", async ({ request }) => {
  const response = await request.post("/api/v1/posts", {
    headers: { origin: "https://evil.example" },
    data: { text: "forged" },
  });
  expect(response.status()).toBe(401);
});

test("next-auth's sign-out cannot be forged cross-site (it needs its CSRF token)", async ({ request }) => {
  const forged = await request.post("/api/auth/signout", {
    headers: { origin: "https://evil.example" },
    form: { callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(forged.status()).not.toBe(500);
  // Still signed in afterwards.
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.userId).toBeTruthy();
});
