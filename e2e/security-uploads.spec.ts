import type { APIRequestContext } from "@playwright/test";
import { ACCOUNTS, e2eSql, expect, PASSWORD, storageStateFor, test, workspaceId } from "./fixtures";

// Uploaded files and the session cookie. An upload is served as an inert image (its type from its own bytes,
// `nosniff`, a Content-Disposition, a sandboxing policy); SVG, HTML and polyglots are refused or stay images.
// The session cookie is HttpOnly and SameSite=Lax, and Secure whenever the request reached Curtain over https.

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function newPersona() {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ id: string }[]>`
      insert into identities (workspace_id, kind, display_name)
      select id, 'persona', ${`Upload Persona ${Date.now()}`} from workspaces where slug = 'demo-brand'
      returning id`;
    return row!.id;
  } finally {
    await sql.end();
  }
}

const upload = async (request: APIRequestContext, identityId: string, name: string, mimeType: string, buffer: Buffer) =>
  request.post(`/api/w/${await workspaceId("demo-brand")}/identities/${identityId}/avatar`, {
    multipart: { file: { name, mimeType, buffer } },
  });

test.describe("avatar files", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an uploaded image is served with its own type, nosniff, a Content-Disposition and a sandbox", async ({
    request,
  }) => {
    const response = await upload(request, await newPersona(), "evil.html", "text/html", PNG);
    expect(response.status()).toBe(201);
    const { avatarUrl } = (await response.json()) as { avatarUrl: string };
    // The uploader's name and declared type are ignored.
    expect(avatarUrl).toMatch(/^\/api\/avatars\/[0-9a-f-]{36}\.png$/);
    const served = await request.get(avatarUrl);
    expect(served.status()).toBe(200);
    const headers = served.headers();
    expect(headers["content-type"]).toBe("image/png");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-disposition"]).toBe(`inline; filename="${avatarUrl.split("/").pop()}"`);
    expect(headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'; sandbox");
  });

  for (const [what, mimeType, body] of [
    ["an SVG with script", "image/svg+xml", `<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>`],
    ["an HTML page", "text/html", "<!doctype html><script>alert(1)</script>"],
    ["an HTML page named .png", "image/png", "<html><body onload=alert(1)>"],
    ["an XML with a stylesheet", "image/png", `<?xml version="1.0"?><?xml-stylesheet href="x.xsl"?><x/>`],
  ] as const)
    test(`${what} is refused`, async ({ request }) => {
      const response = await upload(request, await newPersona(), "x.png", mimeType, Buffer.from(body));
      expect(response.status()).toBe(400);
      expect((await response.json()).error.fields.file).toEqual(["Use a PNG, JPEG, WebP or GIF image."]);
    });

  test("a GIF/HTML polyglot is stored as a GIF and served as one, never as a page", async ({ request }) => {
    const polyglot = Buffer.concat([Buffer.from("GIF89a"), Buffer.from("<html><script>alert(1)</script></html>")]);
    const response = await upload(request, await newPersona(), "x.html", "text/html", polyglot);
    expect(response.status()).toBe(201);
    const { avatarUrl } = (await response.json()) as { avatarUrl: string };
    expect(avatarUrl).toMatch(/\.gif$/);
    const served = await request.get(avatarUrl);
    expect(served.headers()["content-type"]).toBe("image/gif");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    expect(served.headers()["content-security-policy"]).toContain("sandbox");
  });

  test.describe("opened on its own", () => {
    // Chromium's own image viewer styles its page inline and scripts it: the file's sandboxing policy blocks both,
    // which is the point.
    test.use({
      allowedConsoleErrors: [
        /Applying inline style violates the following Content Security Policy|Blocked script execution in .* because the document's frame is sandboxed/,
      ],
    });

    test("opened on its own in the browser, a polyglot runs nothing", async ({ page, request }) => {
      const polyglot = Buffer.concat([Buffer.from("GIF89a"), Buffer.from("<script>alert('polyglot')</script>")]);
      const { avatarUrl } = (await (
        await upload(request, await newPersona(), "x.gif", "image/gif", polyglot)
      ).json()) as {
        avatarUrl: string;
      };
      const dialogs: string[] = [];
      page.on("dialog", async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(avatarUrl);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.locator("script").count()).toBe(0);
    });
  });

  test("only names the upload generated are served (no path traversal)", async ({ request }) => {
    for (const name of ["..%2f..%2fpackage.json", "..%2F.env", "x.svg", "%2e%2e%2fetc%2fpasswd", "a.png%00.html"]) {
      const response = await request.get(`/api/avatars/${name}`);
      expect([400, 404], name).toContain(response.status());
    }
  });
});

/** Signs in through the login form's server action, as the browser does, and returns the session Set-Cookie. */
async function sessionCookie(
  browser: import("@playwright/test").Browser,
  headers: Record<string, string> = {},
): Promise<string> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, extraHTTPHeaders: headers });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(ACCOUNTS.analyst);
  await page.getByLabel("Password").fill(PASSWORD);
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  const cookies = (await response.headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie");
  await context.close();
  const session = cookies.map((c) => c.value).find((v) => /^(__Secure-)?authjs\.session-token=/.test(v));
  expect(session, "the sign-in sets the session cookie").toBeTruthy();
  return session!;
}

test.describe("the session cookie", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("is HttpOnly and SameSite=Lax, and scoped to the whole site", async ({ browser }) => {
    const cookie = await sessionCookie(browser);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\/(;|$)/i);
  });

  test("is Secure (and __Secure- prefixed) when Curtain is reached over https behind a proxy", async ({ browser }) => {
    // The production topology: TLS ends at the load balancer, which says so in X-Forwarded-Proto.
    const cookie = await sessionCookie(browser, { "x-forwarded-proto": "https" });
    expect(cookie).toMatch(/^__Secure-authjs\.session-token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  });

  test("HSTS is sent by the production build", async ({ request }) => {
    const response = await request.get("/login");
    expect(response.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}; includeSubDomains/);
  });
});
