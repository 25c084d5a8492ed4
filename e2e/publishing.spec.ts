import type { Page } from "@playwright/test";
import { e2eSql, expect, REFUSED, storageStateFor, test } from "./fixtures";
import { escapeRegExp } from "../lib/regexp";

/** An approved brand post for tomorrow on the demo brand's sandbox channel, with one target. */
async function approvedPost(body: string) {
  const sql = e2eSql();
  try {
    const [channel] = await sql<{ id: string; workspace_id: string; identity_id: string; handle: string }[]>`
      select c.id, c.workspace_id, c.identity_id, c.handle from channels c
      join workspaces w on w.id = c.workspace_id join identities i on i.id = c.identity_id
      where w.slug = 'demo-brand' and c.connector = 'sandbox' and i.kind = 'brand' order by c.handle limit 1`;
    const at = new Date(Date.now() + 26 * 3_600_000);
    const [post] = await sql<{ id: string }[]>`
      insert into posts (workspace_id, identity_id, body, status, scheduled_at)
      values (${channel!.workspace_id}, ${channel!.identity_id}, ${body}, 'approved', ${at}) returning id`;
    await sql`insert into post_targets (workspace_id, post_id, channel_id, idempotency_key)
              values (${channel!.workspace_id}, ${post!.id}, ${channel!.id}, ${`e2e-${post!.id}`})`;
    return { id: post!.id, day: at.toISOString().slice(0, 10), handle: channel!.handle };
  } finally {
    await sql.end();
  }
}

async function openPost(page: Page, day: string, body: string) {
  await page.goto(`/w/demo-brand/calendar?view=week&date=${day}`);
  const chip = page.getByTestId("post-chip").filter({ hasText: body }).getByRole("button").first();
  const dialog = page.getByRole("dialog");
  // A click before the calendar has hydrated opens nothing: click until the detail is there.
  await expect(async () => {
    if (!(await dialog.isVisible())) await chip.click();
    await expect(dialog.getByRole("heading", { name: "Publishing" })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  return dialog;
}

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

test.describe("publishing from the post detail", () => {
  test.use({ storageState: storageStateFor("manager") });
  test.describe.configure({ timeout: 150_000 });

  test("Publish now turns the post published with its link and first numbers, without a reload", async ({ page }) => {
    const body = `E2E launch ${Date.now().toString(36)}`;
    const post = await approvedPost(body);
    const dialog = await openPost(page, post.day, body);
    await dialog.getByRole("button", { name: "Publish now" }).click();
    await expect(dialog.getByText("Published", { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    // The sandbox channel may stand for any platform: the name is "Open on <platform> (<handle>, opens in a new tab)".
    await expect(
      dialog.getByRole("link", {
        name: new RegExp(`^Open on .+ \\(${escapeRegExp(post.handle)}, opens in a new tab\\)$`),
      }),
    ).toBeVisible();
    // The metrics job snapshots a freshly published target within its next minute; the panel polls.
    await expect(dialog.getByText("Impressions").first()).toBeVisible({ timeout: 100_000 });
  });

  test("a rejected target shows its reason, and Retry publishes it once the cause is gone", async ({ page }) => {
    const body = `E2E rejected ${Date.now().toString(36)} [sandbox:reject]`;
    const post = await approvedPost(body);
    const dialog = await openPost(page, post.day, body);
    await dialog.getByRole("button", { name: "Publish now" }).click();
    await expect(dialog.getByText("Reason: rejected by the platform")).toBeVisible({ timeout: 30_000 });
    const sql = e2eSql();
    try {
      await sql`update posts set body = replace(body, ' [sandbox:reject]', '') where id = ${post.id}`;
    } finally {
      await sql.end();
    }
    await dialog.getByRole("button", { name: /^Retry/ }).click();
    await expect(dialog.getByText("Published", { exact: true }).first()).toBeVisible({ timeout: 30_000 });
    await expect(dialog.getByText("Reason: rejected by the platform")).toHaveCount(0);
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
