import { hashPassword } from "../lib/auth/password";
import { e2eSql, expect, LoginPage, PASSWORD, REFUSED, storageStateFor, test, workspaceId } from "./fixtures";

test("an admin creates a persona and assigns an operator, who then speaks as it", async ({ browser }) => {
  const stamp = Date.now();
  const persona = `E2E Persona ${stamp}`;
  const handle = `@e2e_${stamp}`;
  const operatorName = `Temp CM ${stamp}`;
  const email = `temp-cm-${stamp}@curtain.demo`;
  const sql = e2eSql();
  try {
    // A temporary community manager: the seeded personas' operators stay untouched.
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${email}, ${operatorName}, ${await hashPassword(PASSWORD)}) returning id`;
    await sql`insert into memberships (workspace_id, user_id, role)
              select id, ${user!.id}, 'community_manager' from workspaces where slug = 'demo-brand'`;

    const admin = await browser.newContext({ storageState: storageStateFor("admin") });
    const page = await admin.newPage();
    await page.goto("/w/demo-brand/identities");
    await page.getByRole("button", { name: "New persona" }).click();
    const form = page.getByRole("dialog", { name: "New persona" });
    await form.getByLabel("Display name").fill(persona);
    await form.getByLabel("Handle").fill(handle);
    await form.getByLabel("Sign-off").fill("-E2E");
    await form.getByLabel("German").check();
    await form.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 2, name: persona })).toBeVisible();

    // The same handle again is a field error on the handle.
    await page.getByRole("button", { name: "New persona" }).click();
    await form.getByLabel("Display name").fill(`${persona} twin`);
    await form.getByLabel("Handle").fill(handle.toUpperCase());
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.getByLabel("Handle")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Another persona in this workspace already uses this handle.")).toBeVisible();
    await form.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: `Operators ${persona}` }).click();
    const operators = page.getByRole("dialog", { name: `Operators of ${persona}` });
    await operators.getByLabel("Team member").selectOption({ label: `${operatorName} (Community manager)` });
    await operators.getByRole("button", { name: "Add operator" }).click();
    await expect(operators.getByRole("button", { name: `Remove ${operatorName}` })).toBeVisible();
    await admin.close();

    const operatorContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const operatorPage = await operatorContext.newPage();
    const login = new LoginPage(operatorPage);
    await login.goto();
    await login.signIn(email, PASSWORD);
    await expect(operatorPage).toHaveURL(/\/w\/demo-brand\//);
    await expect(operatorPage.getByTestId("speaking-as")).toHaveText(`You speak as: ${persona}`);
    await operatorContext.close();
  } finally {
    await sql.end();
  }
});

test.describe("community manager", () => {
  test.use({ storageState: storageStateFor("cm") });

  test("sees the voices without create or edit controls, and a crafted upload is refused", async ({ page }) => {
    await page.goto("/w/demo-brand/identities");
    await expect(page.getByRole("heading", { level: 2, name: "Becky" })).toBeVisible();
    await expect(page.getByTestId("speaking-as")).toHaveText("You speak as: Becky");
    await expect(page.getByRole("button", { name: "New persona" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Edit/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Operators/ })).toHaveCount(0);

    const sql = e2eSql();
    const [becky] = await sql<{ id: string }[]>`select id from identities where display_name = 'Becky'`;
    await sql.end();
    const response = await page.request.post(
      `/api/w/${await workspaceId("demo-brand")}/identities/${becky!.id}/avatar`,
      {
        multipart: { file: { name: "a.png", mimeType: "image/png", buffer: Buffer.from("89504e470d0a1a0a00", "hex") } },
      },
    );
    expect(response.status()).toBe(403);
    expect((await response.json()).error).toEqual({ code: "forbidden", message: "You are not allowed to do that." });
  });
});

test("the identities page and the persona form render in German", async ({ browser, baseURL }) => {
  // The language cookie, not the user's stored choice: other specs keep seeing the admin in English.
  const context = await browser.newContext({ storageState: storageStateFor("admin") });
  await context.addCookies([{ name: "curtain_locale", value: "de", url: baseURL! }]);
  const page = await context.newPage();
  await page.goto("/w/demo-brand/identities");
  await expect(page.getByRole("heading", { level: 1, name: "Identitäten" })).toBeVisible();
  await expect(page.getByText("-Becky")).toBeVisible();
  await expect(page.getByText("Letzte 30 Tage").first()).toBeVisible();
  await page.getByRole("button", { name: "Neue Persona" }).click();
  const form = page.getByRole("dialog", { name: "Neue Persona" });
  await expect(form.getByLabel("Anzeigename")).toBeVisible();
  await expect(form.getByLabel("Signatur")).toBeVisible();
  await expect(form.getByRole("button", { name: "Speichern" })).toBeVisible();
  await context.close();
});

test.describe("avatar upload", () => {
  // The refused fake image answers 400, which the browser logs.
  test.use({ allowedConsoleErrors: [REFUSED] });

  test("an admin uploads an avatar; it is served with its image type", async ({ browser }) => {
    const persona = `Avatar Persona ${Date.now()}`;
    const sql = e2eSql();
    try {
      await sql`insert into identities (workspace_id, kind, display_name)
                select id, 'persona', ${persona} from workspaces where slug = 'demo-brand'`;
    } finally {
      await sql.end();
    }
    const context = await browser.newContext({ storageState: storageStateFor("admin") });
    const page = await context.newPage();
    await page.goto("/w/demo-brand/identities");
    await page.getByRole("button", { name: `Avatar ${persona}` }).click();
    const dialog = page.getByRole("dialog", { name: `Avatar of ${persona}` });
    // A text file named .png is refused by its content, not its name.
    await dialog
      .getByLabel("Image file")
      .setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("<svg/>") });
    await dialog.getByRole("button", { name: "Upload" }).click();
    await expect(dialog.getByText("Use a PNG, JPEG, WebP or GIF image.")).toBeVisible();
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    );
    await dialog.getByLabel("Image file").setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: png });
    await dialog.getByRole("button", { name: "Upload" }).click();
    await expect(dialog).toBeHidden();
    const card = page.getByTestId("identity-card").filter({ has: page.getByRole("heading", { name: persona }) });
    const src = await card.locator("img").getAttribute("src");
    expect(src).toMatch(/^\/api\/avatars\/[0-9a-f-]{36}\.png$/);
    const response = await page.request.get(src!);
    expect(response.headers()["content-type"]).toBe("image/png");
    await context.close();
  });
});
