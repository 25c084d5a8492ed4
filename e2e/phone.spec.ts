import { expect, PAGES, storageStateFor, test, setLanguage } from "./fixtures";

// A phone is 390 px wide: nothing may need sideways scrolling of the whole page (issue 6: reports ~500 px, inbox
// actions and "Settings" off-screen). Wide content scrolls inside its own box, never the page.
test.use({ viewport: { width: 390, height: 844 }, storageState: storageStateFor("admin") });

for (const locale of ["en", "de"] as const) {
  test.describe(locale, () => {
    for (const path of ["/login", ...PAGES]) {
      test(`${path} fits a 390 px screen`, async ({ page, context, baseURL }) => {
        if (path === "/login") await context.clearCookies();
        await setLanguage(context, baseURL, locale);
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      });
    }
  });
}

test("every section link and the reports table toggle can be reached on a phone", async ({ page }) => {
  await page.goto("/w/demo-brand/reports");
  const nav = page.getByRole("navigation", { name: "Sections" });
  for (const section of ["Inbox", "Calendar", "Identities", "Reports", "Settings"]) {
    const link = nav.getByRole("link", { name: section });
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport({ ratio: 1 });
  }
  const toggle = page.getByRole("button", { name: "Show as table" }).first();
  await toggle.scrollIntoViewIfNeeded();
  await expect(toggle).toBeInViewport({ ratio: 1 });
  await toggle.click();
  await expect(page.getByRole("table").first()).toBeVisible();
});

test("the account block does not push the page below the fold on a phone", async ({ page }) => {
  await page.goto("/w/demo-brand/inbox");
  const heading = page.getByRole("heading", { level: 1 });
  const box = await heading.boundingBox();
  expect(box!.y).toBeLessThan(200);
});
