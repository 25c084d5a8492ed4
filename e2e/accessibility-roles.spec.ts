import { violations } from "./axe";
import { expect, PAGES, REFUSED, setLanguage, storageStateFor, test, type AccountKey } from "./fixtures";

// accessibility.spec.ts scans every page as the admin in four language × width variants; the other roles see other
// controls (fewer actions, "not allowed" pages, own-row-only reports), so each role's view of every page is
// scanned too, in both languages. One test per role and language keeps the browser warm across pages.
const ROLES: AccountKey[] = ["manager", "smm", "cm", "analyst"];

for (const role of ROLES) {
  for (const locale of ["en", "de"] as const) {
    test.describe(`${role} in ${locale}`, () => {
      // A page the role may not open answers 403 with its "not allowed" page, which is scanned as well.
      test.use({
        storageState: storageStateFor(role),
        viewport: { width: 1280, height: 900 },
        allowedConsoleErrors: [REFUSED],
      });

      test("every page has no detectable accessibility problems", async ({ page, context, baseURL }) => {
        test.setTimeout(PAGES.length * 20_000);
        await setLanguage(context, baseURL, locale);
        const found: Record<string, string[]> = {};
        for (const path of PAGES) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await page.waitForLoadState("networkidle");
          const problems = await violations(page);
          if (problems.length) found[path] = problems;
        }
        expect(found).toEqual({});
      });
    });
  }
}
