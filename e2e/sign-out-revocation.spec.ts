import { request as playwrightRequest, type BrowserContext } from "@playwright/test";
import { ACCOUNTS, expect, LoginPage, PASSWORD, test, workspaceId } from "./fixtures";

const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token/;

async function cookieHeader(context: BrowserContext) {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
}

/** True when the response sets the session cookie to a value again (clearing it is fine). */
function reissuesSession(setCookie: string | undefined) {
  return (setCookie ?? "")
    .split("\n")
    .some(
      (line) =>
        SESSION_COOKIE.test(line) && !/^[^=]+=;/.test(line) && !/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(line),
    );
}

test("a signed-out cookie opens nothing, and the user's other device stays signed in", async ({ browser, baseURL }) => {
  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  try {
    for (const context of [laptop, phone]) {
      const page = await context.newPage();
      const login = new LoginPage(page);
      await login.goto();
      await login.signIn(ACCOUNTS.analyst, PASSWORD);
      await expect(page).toHaveURL(/\/w\/demo-brand\/calendar$/);
    }
    const stolen = await cookieHeader(laptop);
    const id = await workspaceId("demo-brand");
    const postsUrl = `/api/w/${id}/posts?from=2026-01-05T00:00:00Z&to=2026-01-12T00:00:00Z`;
    const replay = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { cookie: stolen } });
    try {
      // Before signing out, the copied cookie works like the browser's.
      expect((await replay.get(postsUrl)).status()).toBe(200);

      const laptopPage = laptop.pages()[0]!;
      await laptopPage.getByRole("button", { name: "Sign out" }).click();
      await expect(laptopPage).toHaveURL(/\/login$/);

      const page = await replay.get("/w/demo-brand/calendar", { maxRedirects: 0 });
      expect([302, 303, 307]).toContain(page.status());
      expect(page.headers().location).toMatch(/\/login/);
      expect(reissuesSession(page.headers()["set-cookie"])).toBe(false);

      const api = await replay.get(postsUrl);
      expect(api.status()).toBe(401);

      const session = await replay.get("/api/auth/session");
      expect(session.status()).toBe(200);
      expect(await session.json()).toBeNull();
      expect(reissuesSession(session.headers()["set-cookie"])).toBe(false);
    } finally {
      await replay.dispose();
    }

    // The phone's session is its own and still open.
    const phonePage = phone.pages()[0]!;
    await phonePage.goto("/w/demo-brand/reports");
    await expect(phonePage).toHaveURL(/\/w\/demo-brand\/reports$/);
    const fromPhone = await phone.request.get("/api/auth/session");
    expect(await fromPhone.json()).toMatchObject({ user: { email: ACCOUNTS.analyst } });
  } finally {
    await laptop.close();
    await phone.close();
  }
});
