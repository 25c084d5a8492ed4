import { expect, storageStateFor, test } from "./fixtures";

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
