import { expect, storageStateFor, test } from "./fixtures";

const POSTS_API = /\/api\/w\/[^/]+\/posts\?/;

test.describe("calendar week", () => {
  test.use({ storageState: storageStateFor("manager") });

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
    await expect(page.getByTestId("day-skeleton")).toHaveCount(7);
    await expect(page.getByText("Nothing planned.")).toHaveCount(0);
    release();
    // Generous: under `next dev` the first call compiles the route.
    await expect(page.getByTestId("day-skeleton")).toHaveCount(0, { timeout: 30_000 });
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
      await expect(page.getByText("Nothing planned.")).toHaveCount(0);
      await page.unroute(POSTS_API);
      await alert.getByRole("button", { name: "Retry" }).click();
      await expect(alert).toHaveCount(0);
      await expect(page.getByRole("heading", { level: 3 })).toHaveCount(7);
    });
  });

  test("a post opens with its full text, status, voice and channels", async ({ page }) => {
    await page.goto("/w/demo-brand/calendar");
    const post = page.locator('button[aria-haspopup="dialog"]').first();
    await post.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: /^Post by / })).toBeVisible();
    for (const term of ["Status", "Voice", "Channels"])
      await expect(dialog.getByText(term, { exact: true })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(post).toBeFocused();
  });

  test.describe("at 1440 px", () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test("times stay on one line", async ({ page }) => {
      await page.goto("/w/demo-brand/calendar");
      const times = page.locator("li li button span.tabular-nums");
      await expect(times.first()).toBeVisible();
      for (const time of await times.all()) {
        const box = await time.boundingBox();
        expect(box!.height).toBeLessThan(24);
      }
    });
  });
});
