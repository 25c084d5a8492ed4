import { expect, test } from "./fixtures";

// next-auth answered these with a 500 "server configuration" page; they are bad input, so a 4xx or a safe redirect.
const BAD = [
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:x",
  "%",
  "\u0000",
];

test.describe("bad callback URLs on next-auth's routes", () => {
  for (const callbackUrl of BAD) {
    test(`/api/auth/signin?callbackUrl=${JSON.stringify(callbackUrl)} is refused, not a 500`, async ({ request }) => {
      const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, {
        maxRedirects: 0,
      });
      expect(response.status()).toBeGreaterThanOrEqual(300);
      expect(response.status()).toBeLessThan(500);
      if (response.status() < 400)
        expect(new URL(response.headers().location!, "http://x").protocol).toMatch(/^https?:$/);
    });
  }

  test("a javascript: callback URL in next-auth's cookie is dropped, not a 500", async ({ request }) => {
    const response = await request.get("/api/auth/signin", {
      maxRedirects: 0,
      headers: { cookie: `authjs.callback-url=${encodeURIComponent("javascript:alert(1)")}` },
    });
    expect(response.status()).toBeLessThan(500);
  });

  test("a same-site callback URL still works as before", async ({ request }) => {
    const response = await request.get(`/api/auth/signin?callbackUrl=${encodeURIComponent("/w/demo-brand/inbox")}`, {
      maxRedirects: 0,
    });
    expect([302, 303, 307]).toContain(response.status());
    expect(response.headers().location).toMatch(/\/login/);
  });

  test("the session and CSRF endpoints still answer", async ({ request }) => {
    expect((await request.get("/api/auth/csrf")).status()).toBe(200);
    expect((await request.get("/api/auth/session")).status()).toBe(200);
  });
});
