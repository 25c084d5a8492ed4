import AxeBuilder from "@axe-core/playwright";
import { e2eSql, expect, storageStateFor, test } from "./fixtures";

test.use({ storageState: storageStateFor("admin") });

test("the response-time chart has a name, a unit on its axis and a table view with the same periods", async ({
  page,
}) => {
  await page.goto("/w/demo-brand/reports");
  const chart = page.getByRole("img", { name: /median response time per period/i });
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-cartesian-axis-tick-value", { hasText: / min$/ }).first()).toBeVisible();
  await page.getByRole("button", { name: "Show as table: Over time" }).click();
  const table = page.getByRole("region", { name: "Over time" }).getByRole("table");
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: "Show as chart" })).toHaveAttribute("aria-pressed", "true");
});

test("a retired persona is marked as such and its text keeps full contrast", async ({ page }) => {
  const name = `Retired ${Date.now()}`;
  const sql = e2eSql();
  try {
    await sql`insert into identities (workspace_id, kind, display_name, status, sign_off, bio)
              select id, 'persona', ${name}, 'retired', '-Ret', 'Answered questions about repairs.' from workspaces where slug = 'demo-brand'`;
  } finally {
    await sql.end();
  }
  await page.goto("/w/demo-brand/identities");
  const card = page.getByTestId("identity-card").filter({ has: page.getByRole("heading", { name }) });
  await expect(card.getByText("Retired", { exact: true })).toBeVisible();
  await expect(card.getByText(/nobody can speak as this persona/)).toBeVisible();
  const results = await new AxeBuilder({ page })
    .include(`[data-testid=identity-card][data-status=retired]`)
    .withRules(["color-contrast"])
    .analyze();
  expect(results.violations.map((v) => v.nodes.map((n) => n.target.join(" ")))).toEqual([]);
  // The sign-off never breaks after its hyphen, and no action sits alone on its own row.
  const signOff = card.getByText("-Ret", { exact: true });
  expect((await signOff.boundingBox())!.height).toBeLessThan(30);
  const actionRows = await card
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  const perRow = new Map<number, number>();
  for (const top of actionRows) perRow.set(top, (perRow.get(top) ?? 0) + 1);
  expect([...perRow.values()].filter((n) => n === 1).length).toBeLessThanOrEqual(actionRows.length % 2);
});

test("Profile is highlighted in the navigation on the profile page", async ({ page }) => {
  await page.goto("/w/demo-brand/profile");
  await expect(page.getByRole("link", { name: "Profile" })).toHaveAttribute("aria-current", "page");
});

test("settings pages show their title before the tabs", async ({ page }) => {
  await page.goto("/w/demo-brand/settings/members");
  const title = await page.getByRole("heading", { level: 1 }).boundingBox();
  const tabs = await page.getByRole("navigation", { name: "Settings pages" }).boundingBox();
  expect(title!.y).toBeLessThan(tabs!.y);
});
