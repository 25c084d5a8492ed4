import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { violations } from "./axe";
import { expect, storageStateFor, test } from "./fixtures";

const REPORTS = "/w/demo-brand/reports";

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("a manager reads the distribution as a table, drills into one day's SLA breaches and exports one row per conversation", async ({
    page,
  }) => {
    await page.goto(REPORTS);
    await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();

    // The distribution chart loads lazily (once scrolled near) with an accessible name; its table has every range
    // for both voices.
    await page.getByRole("heading", { level: 2, name: "Distribution of response times" }).scrollIntoViewIfNeeded();
    await expect(page.getByRole("img", { name: /share of responses per response-time range/i })).toBeVisible();
    await page.getByRole("button", { name: "Show as table: Distribution of response times" }).click();
    const distribution = page.getByTestId("distribution-table");
    await expect(distribution).toBeVisible();
    await expect(distribution.locator("tbody tr")).toHaveCount(6);
    for (const range of ["< 5 min", "5–15 min", "15–60 min", "1–4 h", "4–24 h", "> 24 h"])
      await expect(distribution.getByRole("rowheader", { name: range, exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Show as chart: Distribution of response times" })).toBeVisible();

    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);

    // SLA attainment over time as a table: each day with breaches links to that day's breached conversations.
    await page.getByRole("button", { name: "Show as table: SLA attainment over time" }).click();
    const sla = page.getByTestId("sla-series-table");
    await expect(sla).toBeVisible();
    const breachLink = sla.getByRole("link", { name: /breached the SLA in \d{4}-\d{2}-\d{2}/ }).last();
    await expect(breachLink).toBeVisible();
    const breached = Number(await breachLink.textContent());
    const day = (await breachLink.getAttribute("aria-label"))!.match(/\d{4}-\d{2}-\d{2}/)![0];
    expect(breached).toBeGreaterThan(0);
    await breachLink.click();

    await expect(page).toHaveURL(new RegExp(`/reports/conversations\\?.*from=${day}&to=${day}.*sla=breached`));
    await expect(page.getByRole("heading", { level: 1, name: `SLA breached ${day} – ${day}` })).toBeVisible();
    const list = page.getByTestId("drill-table");
    const rows = list.locator("tbody tr");
    const listed = await rows.count();
    // One row per conversation: as many as the breached responses of that day, or fewer when one had two.
    expect(listed).toBeGreaterThan(0);
    expect(listed).toBeLessThanOrEqual(breached);
    const summary = await page.getByText(/conversations? with a matching response/).textContent();
    const total = Number(summary!.match(/^(\d+)/)![1]);
    expect(listed).toBe(Math.min(total, 50));
    expect(await violations(page)).toEqual([]);
    // Each row opens its conversation.
    const first = rows.first().getByRole("link");
    await expect(first).toHaveAttribute("href", /\/w\/demo-brand\/inbox\/[0-9a-f-]{36}$/);
    await first.click();
    await expect(page).toHaveURL(/\/w\/demo-brand\/inbox\/[0-9a-f-]{36}$/);

    // The one-row-per-conversation CSV holds as many rows as the page says.
    await page.goto(REPORTS);
    const count = Number(await page.getByTestId("conversation-count").getAttribute("data-count"));
    expect(count).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download one row per conversation (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^curtain-conversations-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const records = parse(fs.readFileSync((await download.path())!, "utf8")) as string[][];
    expect(records[0]!.slice(0, 3)).toEqual(["conversation_id", "created_at", "channel"]);
    expect(records.length - 1).toBe(count);

    // Printed, the page is the report alone: no sidebar, filters, toggles or export links; tables not in a scroll box.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Sections" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Apply" })).toBeHidden();
    // (Hidden elements leave the accessibility tree, so these are found by their text.)
    const toggles = page.locator("button", { hasText: "Show as table" });
    // Three response-time charts and three community ones.
    await expect(toggles).toHaveCount(6);
    for (const toggle of await toggles.all()) await expect(toggle).toBeHidden();
    await expect(page.locator("a", { hasText: "Export CSV" }).first()).toBeHidden();
    await expect(page.getByRole("img", { name: /median response time per period/i })).toBeVisible();
    const kindsTable = page.getByRole("region", { name: "Brand vs persona" });
    expect(await kindsTable.evaluate((el) => getComputedStyle(el).overflowX)).toBe("visible");
    // Clicking the download link scrolled past every chart, so each prints as a chart.
    await expect(page.getByRole("img", { name: /SLA attainment in percent per period/ })).toBeVisible();
    const box = (await page.getByRole("img", { name: /SLA attainment in percent per period/ }).boundingBox())!;
    expect(box.height).toBeGreaterThan(100);
  });
});

test.describe("analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("drills down too, but sees figures without links into the inbox they cannot open", async ({ page }) => {
    await page.goto(REPORTS);
    await page.getByRole("button", { name: "Show as table: Over time" }).click();
    await page.getByRole("region", { name: "Over time" }).getByRole("link").last().click();
    await expect(page).toHaveURL(/\/reports\/conversations\?range=custom/);
    await expect(page.getByRole("heading", { level: 1, name: /^Conversations answered/ })).toBeVisible();
    await expect(page.getByTestId("drill-table").locator("tbody tr").first()).toBeVisible();
    await expect(page.getByTestId("drill-table").getByRole("link")).toHaveCount(0);
  });
});
