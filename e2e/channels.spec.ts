import { expect, REFUSED, storageStateFor, test, workspaceId } from "./fixtures";

const CHANNELS = "/w/demo-brand/settings/channels";
const AUDIT = "/w/demo-brand/settings/audit";

test.describe("admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("adds a webhook account whose secret never comes back to the browser, and finds it in the audit log", async ({
    page,
  }) => {
    const stamp = Date.now().toString(36);
    const handle = `@e2e_${stamp}`;
    const secret = `whsec_e2e_${stamp}_do-not-echo`;
    const urlPath = `/hooks/${stamp}-private-path`;
    // Everything the server sends to the browser, to prove neither the secret nor the URL's path is in it.
    const bodies: Promise<string>[] = [];
    page.on("response", (response) => bodies.push(response.text().catch(() => "")));

    await page.goto(CHANNELS);
    await expect(page.getByRole("heading", { level: 1, name: "Channels" })).toBeVisible();
    await page.getByRole("button", { name: "Add channel" }).click();
    const dialog = page.getByRole("dialog", { name: "Add channel" });
    await dialog.getByLabel("Platform").selectOption("x");
    await dialog.getByLabel("Handle").fill(` ${handle.toUpperCase()} `);
    await dialog.getByLabel("Connector").selectOption("webhook");
    await dialog.getByLabel("Webhook URL (HTTPS)").fill(`https://hooks.example.com${urlPath}`);
    await dialog.getByLabel("Signing secret").fill(secret);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText(`Channel ${handle} added.`).first()).toBeVisible();

    const row = page.getByRole("row").filter({ hasText: handle });
    await expect(row).toContainText("Webhook");
    await expect(row).toContainText("https://hooks.example.com/… · •••• set");

    // The same handle again is a field error on the handle, not a failure.
    await page.getByRole("button", { name: "Add channel" }).click();
    await dialog.getByLabel("Handle").fill(handle);
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("This workspace already has this channel on this platform.")).toBeVisible();
    await expect(dialog.getByLabel("Handle")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByRole("button", { name: "Cancel" }).click();

    // Editing shows the secret only as set; disconnecting keeps the row.
    await row.getByRole("button", { name: `Edit ${handle}` }).click();
    const edit = page.getByRole("dialog", { name: `Edit ${handle}` });
    await expect(edit.getByText("Currently •••• set")).toBeVisible();
    await expect(edit.getByRole("button", { name: "Replace: Signing secret" })).toBeVisible();
    await edit.getByRole("button", { name: "Cancel" }).click();
    await row.getByRole("button", { name: `Disconnect ${handle}` }).click();
    await expect(row).toContainText("Disconnected");

    await page.reload();
    const html = await page.content();
    const received = (await Promise.all(bodies)).join("\n");
    for (const leak of [secret, urlPath]) {
      expect(html).not.toContain(leak);
      expect(received).not.toContain(leak);
    }

    await page.goto(AUDIT);
    await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    const created = page.getByRole("row").filter({ hasText: "Channel added" }).filter({ hasText: handle });
    await expect(created).toContainText("Ada Admin");
    await expect(
      page.getByRole("row").filter({ hasText: "Channel disconnected" }).filter({ hasText: handle }),
    ).toBeVisible();

    await page.getByLabel("Action").selectOption({ label: "Channel added" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/action=channel\.created/);
    await expect(created).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: "Channel disconnected" })).toHaveCount(0);
    expect((await Promise.all(bodies)).join("\n")).not.toContain(secret);
  });

  test("German labels", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ storageState: storageStateFor("admin") });
    await context.addCookies([{ name: "curtain_locale", value: "de", url: baseURL! }]);
    const page = await context.newPage();
    await page.goto(CHANNELS);
    await expect(page.getByRole("heading", { level: 1, name: "Kanäle" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Kanal hinzufügen" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Gehört zu" })).toBeVisible();
    await page.getByRole("navigation", { name: "Einstellungsseiten" }).getByRole("link", { name: "Protokoll" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Protokoll" })).toBeVisible();
    await expect(page.getByLabel("Aktion")).toBeVisible();
    await expect(page.getByRole("button", { name: "Filter anwenden" })).toBeVisible();
    await context.close();
  });
});

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("sees the channels without controls or connector details, and the audit log", async ({ page }) => {
    await page.goto(CHANNELS);
    await expect(page.getByRole("row").filter({ hasText: "@demobrand@mastodon.social" })).toBeVisible();
    await expect(page.getByText("Only admins can add or change channels")).toBeVisible();
    await expect(page.getByRole("button", { name: "Add channel" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Edit|Disconnect|Reconnect|Delete) / })).toHaveCount(0);
    await expect(page.getByText("•••• set")).toHaveCount(0);
    const response = await page.goto(AUDIT);
    expect(response?.status()).toBe(200);
  });
});

test.describe("community manager", () => {
  // Refused pages are the point here; the browser logs each refusal.
  test.use({ storageState: storageStateFor("cm"), allowedConsoleErrors: [REFUSED] });

  test("is refused the channels and audit pages and the audit API", async ({ page }) => {
    expect((await page.goto(CHANNELS))?.status()).toBe(403);
    expect((await page.goto(AUDIT))?.status()).toBe(403);
    const api = await page.request.get(`/api/w/${await workspaceId("demo-brand")}/audit`);
    expect(api.status()).toBe(403);
  });
});
