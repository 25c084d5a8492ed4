import { expect, setLanguage, storageStateFor, test } from "./fixtures";

test.describe("language", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("switching to Deutsch translates the dashboard and is remembered", async ({ browser }) => {
    // Own context: the choice is stored on the user, so restore English at the end.
    const context = await browser.newContext({ storageState: storageStateFor("manager") });
    const page = await context.newPage();
    await page.goto("/w/demo-brand/reports");
    await page.getByRole("radiogroup", { name: "Language" }).getByRole("radio", { name: "Deutsch" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Berichte" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Bereiche" }).getByRole("link", { name: "Posteingang" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Berichte" })).toBeVisible();
    await page.getByRole("radiogroup", { name: "Sprache" }).getByRole("radio", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    await context.close();
  });
});

test("the login page can be switched to German before signing in", async ({ page, loginPage }) => {
  await loginPage.goto();
  await page.getByRole("radio", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { name: "Anmelden" })).toBeVisible();
  await loginPage.signIn("analyst@curtain.demo", "falsch");
  await expect(page.getByRole("alert").filter({ hasText: "E-Mail oder Passwort ist falsch." })).toBeVisible();
});

test.describe("times and dates follow the interface language, not the browser's", () => {
  test.use({ storageState: storageStateFor("admin"), locale: "en-US" });

  test("German settings show 24-hour times and the audit filter day-month-year in German", async ({
    page,
    context,
    baseURL,
  }) => {
    await setLanguage(context, baseURL, "de");
    await page.goto("/w/demo-brand/settings");
    const opens = page.getByLabel("Montag: öffnet");
    await expect(opens.locator("option:checked")).toHaveText(/^\d{2}:\d{2}$/);
    await expect(page.locator("input[type=time], input[type=date]")).toHaveCount(0);
    await page.goto("/w/demo-brand/settings/audit");
    const from = page.getByRole("group", { name: "Von" });
    await expect(from.getByRole("combobox")).toHaveCount(3);
    await expect(from.getByRole("combobox").first()).toHaveAccessibleName("Tag");
    await from.getByLabel("Monat").selectOption({ label: "März" });
    await from.getByLabel("Tag").selectOption("1");
    await from.getByLabel("Jahr").selectOption(String(new Date().getFullYear()));
    await page.getByRole("button", { name: "Filter anwenden" }).click();
    await expect(page).toHaveURL(new RegExp(`from=${new Date().getFullYear()}-03-01`));
    await expect(page.getByRole("group", { name: "Von" }).getByLabel("Monat").locator("option:checked")).toHaveText(
      "März",
    );
  });
});
