import { expect, test, workspaceId } from "./fixtures";

test.use({ storageState: "e2e/.auth/admin.json" });

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  // The e2e suite runs against the production build.
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
}

test("a signed-in page carries the security headers", async ({ page }) => {
  const response = await page.goto("/w/demo-brand/settings/members");
  expect(response?.status()).toBe(200);
  expectSecurityHeaders(response!.headers());
});

test("the login page carries them too", async ({ request }) => {
  const response = await request.get("/login");
  expectSecurityHeaders(response.headers());
});

test("authenticated JSON carries them and is never stored", async ({ page }) => {
  const response = await page.request.get(`/api/w/${await workspaceId("demo-brand")}/members`);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response.headers());
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("the build's scripts come Brotli-compressed, with the security headers", async ({ request }) => {
  const html = await (await request.get("/login")).text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
  const response = await request.get(script, { headers: { "accept-encoding": "br, gzip" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-encoding"]).toBe("br");
  expect(response.headers()["cache-control"]).toContain("immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
  const gzip = await request.get(script, { headers: { "accept-encoding": "gzip" } });
  expect(gzip.headers()["content-encoding"]).toBe("gzip");
});

/** A page's script policy: only scripts carrying this response's nonce run; the nonce is new every time. */
function scriptNonce(headers: Record<string, string>) {
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  return /'nonce-([^']+)'/.exec(policy)![1]!;
}

test("pages run only scripts with a fresh nonce, and every script Next renders carries it", async ({ page }) => {
  const first = await page.goto("/w/demo-brand/inbox");
  const nonce = scriptNonce(first!.headers());
  const html = await first!.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const second = await page.goto("/w/demo-brand/inbox");
  expect(scriptNonce(second!.headers())).not.toBe(nonce);
});

test.describe("injection", () => {
  // The browser reports each blocked script as a console error: here that is the point of the test.
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test("injected markup cannot run script under the policy", async ({ page }) => {
    await page.goto("/w/demo-brand/inbox");
    const ran = await page.evaluate(async () => {
      const w = window as unknown as { pwned?: boolean };
      w.pwned = false;
      // What an XSS would get into a page: markup with an event-handler attribute, and a parser-inserted script
      // (an about:blank frame inherits the page's policy).
      document.body.insertAdjacentHTML("beforeend", '<img src="data:,broken" onerror="window.pwned = true">');
      const frame = document.createElement("iframe");
      document.body.append(frame);
      frame.contentDocument!.write("<script>parent.pwned = true</scr" + "ipt>");
      await new Promise((r) => setTimeout(r, 300));
      return w.pwned;
    });
    expect(ran).toBe(false);
  });
});

test("JSON under /api may load nothing", async ({ page }) => {
  const response = await page.request.get(`/api/w/${await workspaceId("demo-brand")}/members`);
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
});
