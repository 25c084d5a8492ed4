import { violations } from "./axe";
import { expect, PAGES, storageStateFor, test, setLanguage } from "./fixtures";

// German labels are longer and a phone is narrow: problems hide in those combinations (issue 6 found both).
const VARIANTS = [
  { locale: "en", width: 1440 },
  { locale: "de", width: 1440 },
  { locale: "en", width: 390 },
  { locale: "de", width: 390 },
] as const;

for (const { locale, width } of VARIANTS) {
  test.describe(`${locale} at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the login page has no detectable accessibility problems", async ({ page, context, baseURL }) => {
      await setLanguage(context, baseURL, locale);
      await page.goto("/login");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      expect(await violations(page)).toEqual([]);
    });

    test.describe("signed in as admin", () => {
      test.use({ storageState: storageStateFor("admin") });

      for (const path of PAGES) {
        test(`${path} has no detectable accessibility problems`, async ({ page, context, baseURL }) => {
          await setLanguage(context, baseURL, locale);
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await page.waitForLoadState("networkidle");
          expect(await violations(page)).toEqual([]);
        });
      }
    });
  });
}
