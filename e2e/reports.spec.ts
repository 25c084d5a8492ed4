import { expect, setLanguage, storageStateFor, test } from "./fixtures";
import { escapeRegExp } from "../lib/regexp";
import { visibleText } from "./label-in-name";

const REPORTS = "/w/demo-brand/reports";

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("changes the view through the URL, compares periods and exports a table whose rows match", async ({ page }) => {
    await page.goto(REPORTS);
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
    const summary = page.getByRole("region", { name: "Brand vs persona" }).getByRole("table");
    await expect(summary.getByRole("row", { name: /Brand/ })).toBeVisible();
    await expect(summary.getByRole("row", { name: /Persona/ })).toBeVisible();

    // Personas only, last 90 days, compared with the 90 days before: every choice lands in the URL.
    await page.getByLabel("Voice kind", { exact: true }).selectOption("persona");
    await page.getByLabel("Period", { exact: true }).selectOption("90d");
    await page.getByLabel("Compare with previous period").check();
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/kind=persona/);
    await expect(page).toHaveURL(/range=90d/);
    await expect(page).toHaveURL(/compare=1/);
    await page.reload();
    await expect(page.getByLabel("Voice kind", { exact: true })).toHaveValue("persona");

    // The per-identity table drills down into the inbox with the same identity.
    const perIdentity = page.getByRole("region", { name: "Per identity" }).getByRole("table");
    const drill = perIdentity.getByRole("link").first();
    await expect(drill).toHaveAttribute("href", /\/w\/demo-brand\/inbox\?view=(brand|persona%3A)/);
    const drillHref = (await drill.getAttribute("href"))!;

    // The team table's CSV has one line per table row (plus the header).
    const team = page.getByTestId("team-table");
    const rows = await team.locator("tbody tr").count();
    expect(rows).toBeGreaterThan(0);
    const href = await page.getByRole("link", { name: "Export CSV (team)", exact: true }).getAttribute("href");
    const csv = await (await page.request.get(href!)).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines.length).toBe(rows + 1);

    await page.goto(drillHref);
    await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  });
});

test.describe("label in name (WCAG 2.5.3)", () => {
  test.use({ storageState: storageStateFor("manager") });

  const languages = [
    { locale: "en", exportCsv: "Export CSV", team: "(team)", post: "post of" },
    { locale: "de", exportCsv: "CSV exportieren", team: "(Team)", post: "Beitrag von" },
  ] as const;
  for (const { locale, exportCsv, team, post } of languages)
    test(`export links and top posts are named by their visible text, then what they hold (${locale})`, async ({
      page,
      context,
      baseURL,
    }) => {
      await setLanguage(context, baseURL, locale);
      await page.goto(REPORTS);
      // The community sections (six of the export links, the top posts) stream in after the others.
      const top = page.getByTestId("top-posts-table").getByRole("link").first();
      await expect(top).toBeVisible();

      const teamExport = page.getByRole("link", { name: `${exportCsv} ${team}`, exact: true });
      expect(await visibleText(teamExport)).toBe(exportCsv);
      const exports = page.locator("a[download]").filter({ hasText: exportCsv });
      expect(await exports.count()).toBeGreaterThan(10);
      for (const link of await exports.all()) {
        expect(await visibleText(link)).toBe(exportCsv);
        await expect(link).toHaveAccessibleName(new RegExp(`^${exportCsv} \\(.+\\)$`));
      }

      const text = await visibleText(top);
      expect(text.length).toBeGreaterThan(0);
      await expect(top).toHaveAccessibleName(new RegExp(`^${escapeRegExp(text)} \\(${post} `));
    });
});

test.describe("analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("sees every figure, including the team, and nothing to change", async ({ page }) => {
    await page.goto(REPORTS);
    await expect(page.getByTestId("team-table").locator("tbody tr").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Approve|Delete|Save/ })).toHaveCount(0);
  });
});

test.describe("community manager", () => {
  test.use({ storageState: storageStateFor("cm") });

  test("sees the workspace totals and their own row, not other members' rows", async ({ page }) => {
    await page.goto(REPORTS);
    await expect(page.getByText(/You see your own figures and the workspace totals/)).toBeVisible();
    const team = page.getByTestId("team-table");
    if ((await team.count()) > 0) {
      const names = await team.locator("tbody tr th, tbody tr td:first-child").allTextContents();
      for (const name of names) expect(name).toContain("Becky");
    }
  });
});
