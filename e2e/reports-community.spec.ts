import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./fixtures";

const REPORTS = "/w/demo-brand/reports";

/** A report card, found by its heading. */
const section = (page: Page, name: string) =>
  page.locator('[data-slot="card"]').filter({ has: page.getByRole("heading", { level: 2, name, exact: true }) });

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("sees volume, community and engagement, switches a chart to its table and exports matching rows", async ({
    page,
  }) => {
    await page.goto(REPORTS);
    for (const name of [
      "Volume & backlog",
      "Community",
      "Critics turned fans",
      "Engagement by identity",
      "Top posts",
      "Follow-up rate of replies",
    ])
      await expect(section(page, name)).toBeVisible();

    // The seeded demo has a community: people who write, some of them on three days or more.
    const figures = page.getByTestId("community-figures");
    await expect(figures.getByText("Unique contacts")).toBeVisible();
    const unique = Number((await figures.locator("dd").first().textContent())!.replace(/\D/g, ""));
    expect(unique).toBeGreaterThan(0);

    // Volume: the lazy chart has an accessible name; "Show as table" swaps it for the same figures as a table.
    const volume = section(page, "Volume & backlog");
    // Charts further down mount once scrolled near.
    await volume.scrollIntoViewIfNeeded();
    await expect(volume.getByRole("img", { name: /Bar chart of inbound messages/ })).toBeVisible();
    // A click before the streamed section has hydrated does nothing: click until the toggle has switched.
    const showChart = volume.getByRole("button", { name: "Show as chart: Volume & backlog" });
    await expect(async () => {
      if (!(await showChart.isVisible()))
        await volume.getByRole("button", { name: "Show as table: Volume & backlog" }).click();
      await expect(showChart).toHaveAttribute("aria-pressed", "true", { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    const table = volume.getByTestId("volume-table");
    await expect(table).toBeVisible();
    const rows = await table
      .locator("tbody tr")
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent!.trim()).join(",")),
      );
    expect(rows.length).toBeGreaterThan(1);

    // Its CSV holds the table's rows, in order.
    const href = await page
      .getByRole("link", { name: "Export CSV (volume and backlog)", exact: true })
      .getAttribute("href");
    const response = await page.request.get(href!);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const [header, ...lines] = (await response.text()).trim().split(/\r\n/);
    expect(header).toBe("period,inbound,answered_brand,answered_persona,backlog_at_end");
    // Today's row is left out: other specs write to demo-brand meanwhile, and only today's figures can move.
    expect(lines).toHaveLength(rows.length);
    expect(lines.slice(0, -1)).toEqual(rows.slice(0, -1));

    // Top posts open the calendar on the post's week.
    const top = page.getByTestId("top-posts-table").getByRole("link").first();
    await expect(top).toHaveAttribute("href", /\/w\/demo-brand\/calendar\?view=week&date=\d{4}-\d{2}-\d{2}$/);

    // Follow-up rate: brand and persona side by side.
    const followUp = page.getByTestId("follow-up-figures");
    await expect(followUp.getByText("Brand", { exact: true })).toBeVisible();
    await expect(followUp.getByText("Personas", { exact: true })).toBeVisible();
  });

  test("says so when the range holds nothing", async ({ page }) => {
    await page.goto(`${REPORTS}?range=custom&from=2000-01-01&to=2000-01-31`);
    const volume = section(page, "Volume & backlog");
    await expect(volume.getByText("No data in this period.")).toBeVisible();
    await expect(page.getByText("No critic turned fan in this period.")).toBeVisible();
    await expect(page.getByTestId("community-figures").locator("dd").first()).toHaveText("0");
  });
});
