import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, setLanguage, storageStateFor, test } from "./fixtures";

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}

const VARIANTS = [
  { locale: "en", width: 1440 },
  { locale: "de", width: 1440 },
  { locale: "en", width: 390 },
  { locale: "de", width: 390 },
] as const;

// The calendar's own views and dialogs, scanned like every page in accessibility.spec.ts.
for (const { locale, width } of VARIANTS) {
  test.describe(`calendar, ${locale} at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 }, storageState: storageStateFor("admin") });
    // axe over a month of posts takes a while on a shared machine.
    test.describe.configure({ timeout: 60_000 });

    for (const view of ["month", "week", "list"] as const)
      test(`the ${view} view has no detectable accessibility problems`, async ({ page, context, baseURL }) => {
        await setLanguage(context, baseURL, locale);
        await page.goto(`/w/demo-brand/calendar?view=${view}`);
        await expect(page.getByTestId("post-chip").first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

    test("the composer and the post detail have no detectable accessibility problems", async ({
      page,
      context,
      baseURL,
    }) => {
      await setLanguage(context, baseURL, locale);
      await page.goto("/w/demo-brand/calendar?view=list");
      await page.getByTestId("post-chip").first().getByRole("button").first().click();
      await expect(page.getByRole("dialog").getByRole("heading").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press("Escape");
      await page.getByRole("button", { name: locale === "en" ? "New post" : "Neuer Beitrag", exact: true }).click();
      const composer = page.getByRole("dialog");
      await composer.getByRole("checkbox").first().check();
      await composer
        .getByRole("button", { name: locale === "en" ? "Add an image by URL" : "Bild per URL hinzufügen" })
        .click();
      expect(await violations(page)).toEqual([]);
    });
  });
}
