import { expect, storageStateFor, test } from "./fixtures";

test.describe("reply queue triage", () => {
  test.use({ storageState: storageStateFor("smm") });

  test("resolving a conversation moves it out of Open", async ({ page }) => {
    await page.goto("/w/demo-brand/inbox?status=open");
    const firstResolve = page.getByRole("button", { name: /^Resolve conversation with / }).first();
    const label = await firstResolve.getAttribute("aria-label");
    expect(label).toMatch(/^Resolve conversation with \S/);
    // The contact may have other open conversations: count this label's buttons rather than expect none.
    const sameContact = page.getByRole("button", { name: label!, exact: true });
    const sameContactBefore = await sameContact.count();
    const openTab = page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: /^Open/ });
    const before = Number((await openTab.innerText()).replace(/\D/g, ""));
    await firstResolve.click();
    // The toast is also mirrored into a live region for screen readers, hence first().
    await expect(page.getByText("Moved to Resolved.").first()).toBeVisible();
    await expect(openTab).toHaveText(`Open ${before - 1}`);
    await expect(sameContact).toHaveCount(sameContactBefore - 1);
  });
});

test.describe("read-only calendar", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("an analyst sees posts but no approve button", async ({ page }) => {
    await page.goto("/w/demo-brand/calendar");
    await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
    await expect(page.getByText(/Published|Scheduled|In review/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  });
});
