import fs from "node:fs";
import path from "node:path";
import { e2eSql, expect, storageStateFor, test, workspaceId } from "./fixtures";
import { rawRequest, type RawResponse } from "./raw-http";

// Signed out, tricks that have let requests skip Next.js middleware/proxy (CVE-2025-29927's
// x-middleware-subrequest, internal routing headers, paths that normalise differently in the proxy's matcher and
// the router) must never reach a protected page or API route. Pages and routes authorize on the server themselves,
// so the proxy is only the first wall: whichever way a request gets past it, it finds no data.

test.use({ storageState: { cookies: [], origins: [] } });

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

const BYPASS_HEADERS: Record<string, string>[] = [
  {},
  { "x-middleware-subrequest": "middleware" },
  { "x-middleware-subrequest": "proxy" },
  { "x-middleware-subrequest": "src/middleware" },
  { "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-prefetch": "1" },
  { "x-nextjs-data": "1" },
  { "x-invoke-path": "/login", "x-invoke-query": "{}", "x-invoke-output": "/login" },
  { "x-matched-path": "/login", "x-now-route-matches": "1" },
  { "x-middleware-invoke": "1", "x-middleware-next": "1" },
  { rsc: "1", "next-router-prefetch": "1" },
  { "next-action": "x" },
  { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
];

/** The variants of one path an attacker would try: doubled slashes, dot segments (plain and encoded), suffixes. */
function pathTricks(p: string) {
  const [first, ...rest] = p.slice(1).split("/");
  const tail = rest.join("/");
  return [
    p,
    `/${p}`,
    `${p}/`,
    `${p}//`,
    `/${first}//${tail}`,
    `/${first}/./${tail}`,
    `/${first}/%2e/${tail}`,
    `/${first}/x/%2e%2e/${tail}`,
    `/${first}/x/..%2f${tail}`,
    `/_next/../${p.slice(1)}`,
    `/_next/static/../../${p.slice(1)}`,
    `/_next/image/..%2f..%2f${p.slice(1)}`,
    `${p}%20`,
    `${p}%00`,
    `${p}%2f`,
    `${p};.png`,
    `${p}?.png`,
    `${p}#.svg`,
    `${p}?__nextDataReq=1&_rsc=1`,
    p.toUpperCase(),
  ];
}

const DATA_MARKERS = ["Outdoor clothing made in Vienna", "admin@curtain.demo", "Northwind Outdoor", '"items"'];

/**
 * Next.js answers a request marked `x-middleware-prefetch` that is not a static page with an empty `{}` and
 * `x-middleware-skip: 1` without running the page or route (next/dist/server/base-server.js): no data, no effect.
 */
const nextBailedOut = (response: RawResponse) =>
  response.status === 200 && response.headers["x-middleware-skip"] === "1" && response.body === "{}";

/** Signed out, a request may be sent to sign in, refused or not found — never answered with protected content. */
function expectNoData(response: RawResponse, what: string) {
  expect(response.status, `${what} → ${response.status}`).not.toBe(500);
  if (nextBailedOut(response)) return;
  if (response.status >= 200 && response.status < 300) {
    // A 2xx is only acceptable for the sign-in page itself (a normalised path that lands on /login).
    for (const marker of DATA_MARKERS) expect(response.body, `${what} leaked ${marker}`).not.toContain(marker);
    expect(response.body, `${what} answered 2xx with something other than the sign-in page`).toMatch(/<form|"error"/);
  }
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.location ?? "";
    const target = new URL(location, "http://curtain.test");
    // Redirects go to the sign-in page or to a normalised form of the same (still protected) path.
    expect(target.host, `${what} redirected off-site to ${location}`).toBe(
      location.startsWith("http") ? new URL(process.env.E2E_BASE_URL!).host : "curtain.test",
    );
  }
}

test("protected pages: every bypass header on every path trick finds no data", async () => {
  const pages = ["/w/demo-brand/inbox", "/w/demo-brand/settings/members", "/w/demo-brand/identities"];
  const seen = new Map<number, number>();
  for (const page of pages)
    for (const p of pathTricks(page))
      for (const headers of BYPASS_HEADERS) {
        const response = await rawRequest(p, { headers });
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        expectNoData(response, `GET ${p} ${JSON.stringify(headers)}`);
      }
  // The plain path is the reference: sent to /login.
  const plain = await rawRequest("/w/demo-brand/inbox");
  expect(plain.status).toBe(307);
  expect(new URL(plain.headers.location!, "http://x").pathname).toBe("/login");
  console.log("status counts", Object.fromEntries(seen));
});

test("protected API routes: bypass headers and path tricks are 401 or 4xx, never data", async () => {
  const id = await workspaceId("demo-brand");
  const routes = [`/api/w/${id}/members`, `/api/w/${id}/conversations`, `/api/w/${id}/audit`, "/api/v1/conversations"];
  for (const route of routes) {
    const plain = await rawRequest(route);
    expect(plain.status, route).toBe(401);
    for (const p of pathTricks(route))
      for (const headers of BYPASS_HEADERS) {
        const response = await rawRequest(p, { headers });
        expectNoData(response, `GET ${p} ${JSON.stringify(headers)}`);
      }
  }
});

test("uploaded avatars are not served to signed-out visitors, even where the proxy's matcher skips the path", async ({
  playwright,
  baseURL,
}) => {
  // A real upload first (as the admin), so there is a file to reach.
  const sql = e2eSql();
  const [identity] = await sql<{ id: string }[]>`
    insert into identities (workspace_id, kind, display_name)
    select id, 'persona', ${`Bypass Persona ${Date.now()}`} from workspaces where slug = 'demo-brand' returning id`;
  await sql.end();
  const admin = await playwright.request.newContext({ baseURL, storageState: storageStateFor("admin") });
  const uploaded = await admin.post(`/api/w/${await workspaceId("demo-brand")}/identities/${identity!.id}/avatar`, {
    multipart: { file: { name: "a.png", mimeType: "image/png", buffer: PNG } },
  });
  expect(uploaded.status()).toBe(201);
  const { avatarUrl } = (await uploaded.json()) as { avatarUrl: string };
  expect((await admin.get(avatarUrl)).status()).toBe(200);
  await admin.dispose();

  // The proxy does not run for *.png (static assets); the route checks the session itself.
  for (const p of [
    avatarUrl,
    `/${avatarUrl}`,
    `/_next/static/../..${avatarUrl}`,
    avatarUrl.replace("/avatars/", "/avatars/./"),
  ])
    for (const headers of BYPASS_HEADERS) {
      const response = await rawRequest(p, { headers });
      const what = `GET ${p} ${JSON.stringify(headers)}`;
      expect(response.body, `${what} served the image`).not.toContain("PNG");
      if (nextBailedOut(response)) continue;
      // Redirects (to /login, or to the normalised path) carry nothing; everything else is refused.
      if (response.status >= 300 && response.status < 400) expectNoData(response, what);
      else expect([400, 401, 404], what).toContain(response.status);
    }
});

test("a state-changing server action cannot be reached signed out through a bypass header", async () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, "../.next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const [actionId] = Object.entries(manifest.node).find(([, v]) => v.exportedName === "changeMemberRoleAction") ?? [];
  expect(actionId).toBeTruthy();
  const base = new URL(process.env.E2E_BASE_URL!);
  const workspace = await workspaceId("demo-brand");
  const sql = e2eSql();
  const roleOf = async () =>
    (
      await sql<{ role: string; user_id: string }[]>`
        select m.role, m.user_id from memberships m join users u on u.id = m.user_id
        where u.email = 'becky@curtain.demo' and m.workspace_id = ${workspace}`
    )[0]!;
  const before = await roleOf();
  for (const headers of BYPASS_HEADERS) {
    const response = await rawRequest("/w/demo-brand/settings/members", {
      method: "POST",
      headers: {
        ...headers,
        "next-action": actionId!,
        origin: base.origin,
        "content-type": "text/plain;charset=UTF-8",
      },
      body: JSON.stringify([{ workspaceId: workspace, userId: before.user_id, role: "admin" }]),
    });
    expect(response.status, JSON.stringify(headers)).not.toBe(500);
    expect(response.body, JSON.stringify(headers)).not.toContain('"ok":true');
  }
  expect((await roleOf()).role).toBe(before.role);
  await sql.end();
});
