import { expect, test, workspaceId } from "./fixtures";

test.use({ storageState: "e2e/.auth/admin.json" });

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
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
