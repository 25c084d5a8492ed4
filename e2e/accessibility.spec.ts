import AxeBuilder from "@axe-core/playwright";
import { expect, storageStateFor, test } from "./fixtures";

// Every page a person works in, scanned for WCAG 2.1 A/AA problems axe can detect (labels, contrast, roles, names).
const PAGES = [
  "/w/demo-brand/inbox",
  "/w/demo-brand/calendar",
  "/w/demo-brand/identities",
  "/w/demo-brand/reports",
  "/w/demo-brand/settings",
  "/w/demo-brand/settings/members",
  "/w/demo-brand/settings/channels",
  "/w/demo-brand/settings/audit",
  "/w/demo-brand/profile",
];

async function violations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(" | ")}`,
  );
}

test("the login page has no detectable accessibility problems", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

test.describe("signed in as admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  for (const path of PAGES) {
    test(`${path} has no detectable accessibility problems`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  }
});
