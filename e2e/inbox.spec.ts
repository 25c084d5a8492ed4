import { e2eSql, expect, storageStateFor, test } from "./fixtures";

test.describe("reply queue triage", () => {
  test.use({ storageState: storageStateFor("smm") });

  test("resolving a conversation moves it out of Open", async ({ page }) => {
    await page.goto("/w/demo-brand/inbox?status=open");
    const firstResolve = page.getByRole("button", { name: /^Resolve \(conversation with / }).first();
    // The visible "Resolve" plus the contact for screen readers (components/inbox/queue-row.tsx).
    const label = (await firstResolve.textContent())!;
    expect(label).toMatch(/^Resolve \(conversation with \S.*\)$/);
    await expect(firstResolve).toHaveAccessibleName(label);
    // The contact may have other open conversations: count this label's buttons rather than expect none.
    const sameContact = page.getByRole("button", { name: label, exact: true });
    const sameContactBefore = await sameContact.count();
    const openTab = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: /^All/ });
    const before = Number((await openTab.innerText()).replace(/\D/g, ""));
    await firstResolve.click();
    // The toast is also mirrored into a live region for screen readers, hence first().
    await expect(page.getByText("Moved to Resolved.").first()).toBeVisible();
    await expect(openTab).toHaveText(`All${before - 1}`);
    await expect(sameContact).toHaveCount(sameContactBefore - 1);
  });
});

test.describe("read-only calendar", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("an analyst sees posts but no approve button", async ({ page }) => {
    await page.goto("/w/demo-brand/calendar");
    await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
    await expect(page.getByTestId("post-chip").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  });
});

test.describe("SLA and category badges", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("resolved conversations carry no SLA badge", async ({ page }) => {
    // Resolving keeps the conversation's last wait and deadline; arrange one that was overdue when resolved.
    const sql = e2eSql();
    try {
      // (A resolved row made overdue in place, so no tab count changes under a test running beside this one.)
      const resolved = await sql`
        update conversations set waiting_since = now() - interval '2 hours', sla_due_at = now() - interval '1 hour'
         where id = (select c.id from conversations c join workspaces w on w.id = c.workspace_id
                      where w.slug = 'demo-brand' and c.status = 'resolved' order by c.last_message_at desc limit 1)
        returning id`;
      expect(resolved).toHaveLength(1);
    } finally {
      await sql.end();
    }
    await page.goto("/w/demo-brand/inbox?status=resolved");
    await expect(page.getByRole("row").nth(1)).toBeVisible();
    await expect(page.locator("[data-sla-state]")).toHaveCount(0);
  });

  test("criticism and a breached SLA differ in colour, and each has an icon besides its words", async ({ page }) => {
    await page.goto("/w/demo-brand/inbox?status=open");
    const overdue = page.locator("[data-sla-state=breached]", { hasText: /^Breached/ }).first();
    const criticism = page.locator("[data-slot=badge]", { hasText: "Criticism" }).first();
    await expect(overdue).toBeVisible();
    await expect(criticism).toBeVisible();
    const colours = async (badge: typeof overdue) =>
      badge.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.color}`;
      });
    expect(await colours(overdue)).not.toBe(await colours(criticism));
    await expect(overdue.locator("svg")).toHaveCount(1);
    await expect(criticism.locator("svg")).toHaveCount(1);
  });
});
