import { expect, REFUSED, storageStateFor, test, workspaceId } from "./fixtures";

test.describe("analyst", () => {
  // Refused pages are the point here; the browser logs each refusal.
  test.use({ storageState: storageStateFor("analyst"), allowedConsoleErrors: [REFUSED] });

  test("opening a section by URL that the role does not have shows 403", async ({ page }) => {
    const response = await page.goto("/w/demo-brand/inbox");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });

  test("a crafted API request is refused with 403 and a translated message", async ({ page }) => {
    const id = await workspaceId("demo-brand");
    const response = await page.request.get(`/api/w/${id}/conversations?status=open`);
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toEqual({ code: "forbidden", message: "You are not allowed to do that." });
  });
});

test.describe("community manager", () => {
  test.use({ storageState: storageStateFor("cm"), allowedConsoleErrors: [REFUSED] });

  test("settings are closed to them", async ({ page }) => {
    const response = await page.goto("/w/demo-brand/settings");
    expect(response?.status()).toBe(403);
  });

  test("another workspace is 404, by page and by API", async ({ page }) => {
    const response = await page.goto("/w/northwind/inbox");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    const api = await page.request.get(`/api/w/${await workspaceId("northwind")}/conversations`);
    expect(api.status()).toBe(404);
  });

  test("malformed ids and bad query parameters get 4xx, never 500", async ({ page }) => {
    expect((await page.request.get("/api/w/not-a-uuid/conversations")).status()).toBe(404);
    const id = await workspaceId("demo-brand");
    // Unknown filter values follow the inbox URL contract: ignored and named, never an error page.
    const unknown = await page.request.get(`/api/w/${id}/conversations?status=everything`);
    expect(unknown.status()).toBe(200);
    expect((await unknown.json()).ignored).toEqual(expect.arrayContaining([{ key: "status", value: "everything" }]));
    expect((await page.request.get(`/api/w/${id}/conversations?cursor=tampered`)).status()).toBe(400);
    expect((await page.request.get(`/api/w/${id}/posts?from=yesterday&to=today`)).status()).toBe(400);
  });
});

test("a tampered session cookie is treated as signed out", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.includes("authjs.session-token"));
  expect(session).toBeDefined();
  await context.addCookies([{ ...session!, value: `${session!.value.slice(0, -4)}AAAA` }]);
  const page = await context.newPage();
  await page.goto(`${baseURL}/w/demo-brand/inbox`);
  await expect(page).toHaveURL(/\/login/);
  const api = await page.request.get(`/api/w/${await workspaceId("demo-brand")}/conversations`);
  expect(api.status()).toBe(401);
  await context.close();
});
