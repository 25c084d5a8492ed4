import { expect, REFUSED, storageStateFor, test } from "./fixtures";

// The post detail that embeds components/publishing/target-status.tsx belongs to the calendar rework; the
// publish → published → metrics path is covered by lib/publishing/*.test.ts against the real worker and database.

test.describe("admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("verifies a channel's connection live from Settings → Channels", async ({ page }) => {
    await page.goto("/w/demo-brand/settings/channels");
    const verify = page.getByRole("button", { name: /^Verify the connection of / }).first();
    await verify.click();
    await expect(
      page.getByRole("status").filter({ hasText: "Works: the sandbox needs no configuration" }).first(),
    ).toBeVisible();
  });

  test("sees the job queue and the last error on Settings → Jobs", async ({ page }) => {
    await page.goto("/w/demo-brand/settings");
    await page.getByRole("link", { name: "Jobs" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Jobs" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Last error" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "By task" })).toBeVisible();
  });
});

test.describe("manager", () => {
  // The refused page is the point here; the browser logs the refusal.
  test.use({ storageState: storageStateFor("manager"), allowedConsoleErrors: [REFUSED] });

  test("has no Jobs page (admins only)", async ({ page }) => {
    await page.goto("/w/demo-brand/settings");
    await expect(page.getByRole("link", { name: "Jobs" })).toHaveCount(0);
    await page.goto("/w/demo-brand/settings/jobs");
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  });
});
