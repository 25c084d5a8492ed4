import type { Page } from "@playwright/test";
import { expect, storageStateFor, test } from "./fixtures";
import { escapeRegExp } from "../lib/regexp";
import { visibleText } from "./label-in-name";

const POSTS_API = /\/api\/w\/[^/]+\/posts\?/;

/** The first published post's card in the week ten days ago: the seed publishes over the four weeks before today. */
async function firstPublishedCard(page: Page) {
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/w/demo-brand/calendar?view=week&status=published&date=${tenDaysAgo}`);
  return page.getByTestId("post-chip").first().getByRole("button").first();
}

test.describe("calendar week", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("month, week and list views and filters live in the URL", async ({ page }) => {
    await page.goto("/w/demo-brand/calendar");
    await page.getByRole("button", { name: "Month", exact: true }).click();
    await expect(page).toHaveURL(/view=month/);
    await expect(page.getByRole("grid")).toBeVisible();
    await expect(page.locator('[aria-current="date"]')).toHaveCount(1);
    await page.getByLabel("Status").selectOption("scheduled");
    await expect(page).toHaveURL(/status=scheduled/);
    await page.getByRole("button", { name: "List", exact: true }).click();
    await expect(page).toHaveURL(/view=list.*status=scheduled|status=scheduled.*view=list/);
    for (const chip of await page.getByTestId("post-chip").all()) await expect(chip).toContainText("Scheduled");
    await page.reload();
    await expect(page.getByLabel("Status")).toHaveValue("scheduled");
  });

  test("another week looks like loading while it loads, never like an empty week", async ({ page }) => {
    await page.goto("/w/demo-brand/calendar");
    // Hold the answer for the next week until the placeholders have been checked.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(POSTS_API, async (route) => {
      await held;
      await route.fallback();
    });
    await page.getByRole("button", { name: "Next week" }).click();
    await expect(page.getByTestId("calendar-skeleton")).toHaveCount(1);
    await expect(page.getByTestId("week-grid")).toHaveCount(0);
    release();
    // Generous: under `next dev` the first call compiles the route.
    await expect(page.getByTestId("calendar-skeleton")).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByTestId("week-grid")).toBeVisible();
  });

  test.describe("when the server cannot be reached", () => {
    // The aborted request is logged by the browser itself; that one line is the point of this test.
    test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED/] });

    test("a failed week says so in words, shows no empty days, and Retry loads it", async ({ page }) => {
      await page.goto("/w/demo-brand/calendar");
      await page.route(POSTS_API, (route) => route.abort("failed"));
      await page.getByRole("button", { name: "Next week" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "Curtain could not be reached" });
      await expect(alert).toBeVisible();
      await expect(page.getByText("Failed to fetch")).toHaveCount(0);
      await expect(page.getByTestId("week-grid")).toHaveCount(0);
      await page.unroute(POSTS_API);
      await alert.getByRole("button", { name: "Retry" }).click();
      await expect(alert).toHaveCount(0);
      await expect(page.getByTestId("week-grid")).toBeVisible();
    });
  });

  test("a published post opens with its channels, their results and latest figures, and its history", async ({
    page,
  }) => {
    const post = await firstPublishedCard(page);
    await post.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: /^Post by / })).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "Channels" })).toBeVisible();
    // The publishing panel: each target's recorded status and the latest numbers with the engagement rate.
    await expect(dialog.getByRole("heading", { name: "Publishing" })).toBeVisible();
    await expect(dialog.getByText("Published", { exact: true }).first()).toBeVisible();
    await expect(dialog.getByText("Impressions").first()).toBeVisible();
    await expect(dialog.getByText("Engagement rate").first()).toBeVisible();
    await expect(dialog.getByRole("heading", { name: "History" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(post).toBeFocused();
  });

  test("a post card is named by what it shows: time, status, text, then voice and channels (WCAG 2.5.3)", async ({
    page,
  }) => {
    const card = await firstPublishedCard(page);
    await expect(card).toBeVisible();
    // No aria-label replacing the content; the initials avatar is decoration and stays out of the name.
    await expect(card).not.toHaveAttribute("aria-label");
    const [time, body, voice] = await Promise.all([
      visibleText(card.locator("span.tabular-nums")),
      visibleText(card.locator(":scope > span").nth(1)),
      visibleText(card.locator(":scope > span").nth(2).locator("span.truncate")),
    ]);
    const shown = [time, "Published", body, voice].map(escapeRegExp).join(" ");
    await expect(card).toHaveAccessibleName(new RegExp(`^${shown}( |$)`));
  });

  test.describe("at 1440 px", () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test("times stay on one line", async ({ page }) => {
      await page.goto("/w/demo-brand/calendar");
      const times = page.locator('[data-testid="post-chip"] span.tabular-nums');
      await expect(times.first()).toBeVisible();
      for (const time of await times.all()) {
        const box = await time.boundingBox();
        expect(box!.height).toBeLessThan(24);
      }
    });
  });
});
