import type { Page } from "@playwright/test";
import { e2eSql, expect, storageStateFor, test, workspaceId } from "./fixtures";

// Stored XSS: what customers write (inbound messages, their names), what the team writes (post texts, persona bios)
// and every URL field (avatar URLs, media links, a published post's link from a platform) carry script, event
// handler, javascript: URL and SVG payloads. Everywhere they appear they must stay text: no dialog, no script run,
// no injected element, no javascript: link. The payloads are written straight into the northwind workspace's rows
// (past every input check, as a compromised connector or an old import could) so only rendering is under test;
// northwind is not used by other specs' content checks. Jay is a manager there.

test.use({ storageState: storageStateFor("jay") });

const PAYLOADS = [
  `<script>window.__xss="script"</script>`,
  `<img src=x onerror="window.__xss='img';alert('img')">`,
  `<svg onload="window.__xss='svg';alert('svg')"></svg>`,
  `"><iframe src="javascript:alert('iframe')"></iframe>`,
  `javascript:alert('js-url')`,
  `<a href="javascript:alert('link')">click</a>`,
  `{{constructor.constructor('alert(1)')()}}`,
];
const JS_URL = "javascript:window.__xss='url';alert('url')";
const SVG_URL = `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="alert('svg-url')"/>`;
// A formula in a name that ends up in a CSV export; an HTML payload in the same cell for the drill-down tables.
const FORMULA_NAME = `=HYPERLINK("https://evil.example","<img src=x onerror=alert('csv')>")`;

let conversationId: string;
let postDay: string;
const postBody = `Launch ${PAYLOADS[1]} ${PAYLOADS[0]}`;

test.beforeAll(async () => {
  const sql = e2eSql();
  try {
    const workspace = await workspaceId("northwind");
    await sql`update contacts set display_name = ${PAYLOADS[1]!} || ' ' || ${PAYLOADS[2]!} where workspace_id = ${workspace}`;
    const [conversation] = await sql<{ id: string }[]>`
      select id from conversations where workspace_id = ${workspace} order by last_message_at desc nulls last limit 1`;
    conversationId = conversation!.id;
    const messages = await sql<{ id: string }[]>`
      select id from messages where workspace_id = ${workspace} and direction = 'inbound'`;
    for (const [i, m] of messages.entries())
      await sql`update messages set body = ${PAYLOADS[i % PAYLOADS.length]!} where id = ${m.id}`;
    await sql`update conversations set preview = ${PAYLOADS[0]!} where workspace_id = ${workspace}`;
    await sql`update identities set display_name = ${FORMULA_NAME}, bio = ${PAYLOADS.join(" ")},
                avatar_url = ${JS_URL}, handle = ${PAYLOADS[2]!}
              where workspace_id = ${workspace}`;
    await sql`update users set avatar_url = ${SVG_URL}
              where id in (select user_id from memberships where workspace_id = ${workspace})
                and email <> 'jay@curtain.demo'`;

    const [channel] = await sql<{ id: string; identity_id: string }[]>`
      select id, identity_id from channels where workspace_id = ${workspace} limit 1`;
    const at = new Date(Date.now() + 60 * 60_000);
    postDay = at.toISOString().slice(0, 10);
    const media = [{ url: JS_URL, alt: PAYLOADS[2]!, kind: "image" }];
    const [post] = await sql<{ id: string }[]>`
      insert into posts (workspace_id, identity_id, body, status, scheduled_at, media, campaign, tags)
      values (${workspace}, ${channel!.identity_id}, ${postBody}, 'approved', ${at}, ${sql.json(media)},
              ${PAYLOADS[1]!}, ${[PAYLOADS[2]!]})
      returning id`;
    await sql`insert into post_targets (workspace_id, post_id, channel_id, idempotency_key, status, external_url,
                                        error, body_override)
              values (${workspace}, ${post!.id}, ${channel!.id}, ${`xss-${post!.id}`}, 'failed', ${JS_URL},
                      ${PAYLOADS[1]!}, ${PAYLOADS[0]!})`;
  } finally {
    await sql.end();
  }
});

/** Listens for dialogs from the start; the payloads call alert(). */
function watchDialogs(page: Page) {
  const fired: string[] = [];
  page.on("dialog", async (dialog) => {
    fired.push(dialog.message());
    await dialog.dismiss();
  });
  return fired;
}

async function expectInert(page: Page, fired: string[], where: string) {
  // Give a late handler (onerror after a failed load, an SVG onload) its chance to run.
  await page.waitForTimeout(300);
  expect(fired, `${where}: dialogs`).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), `${where}: script ran`).toBe(
    undefined,
  );
  const injected = page.locator(
    'img[src="x"], svg[onload], iframe[src^="javascript" i], [onerror], [onload], a[href^="javascript" i], [src^="javascript" i], [href^="data:" i]',
  );
  expect(await injected.count(), `${where}: injected elements`).toBe(0);
  // No payload became a script element of its own (the payload text inside Next's nonce'd RSC data is data).
  const stray = await page.evaluate(
    () =>
      [...document.querySelectorAll("script")].filter((s) => s.textContent?.trim().startsWith("window.__xss")).length,
  );
  expect(stray, `${where}: payload scripts in the DOM`).toBe(0);
}

test("the queue shows contact names and previews as text", async ({ page }) => {
  const fired = watchDialogs(page);
  await page.goto("/w/northwind/inbox");
  await expect(page.getByText("<img src=x onerror=", { exact: false }).first()).toBeVisible();
  await expectInert(page, fired, "queue");
});

test("a thread shows every inbound payload as text", async ({ page }) => {
  const fired = watchDialogs(page);
  await page.goto(`/w/northwind/inbox/${conversationId}`);
  await expect(page.getByText("<svg onload=", { exact: false }).first()).toBeVisible();
  await expectInert(page, fired, "thread");
});

test("the calendar and a post's detail keep post text, media and the platform link inert", async ({ page }) => {
  const fired = watchDialogs(page);
  await page.goto(`/w/northwind/calendar?view=week&date=${postDay}`);
  const chip = page.getByTestId("post-chip").filter({ hasText: "Launch" }).getByRole("button").first();
  await expect(chip).toBeVisible();
  await expectInert(page, fired, "calendar");
  const dialog = page.getByRole("dialog");
  await expect(async () => {
    if (!(await dialog.isVisible())) await chip.click();
    await expect(dialog.getByRole("heading", { name: "Publishing" })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(dialog.getByText("<script>", { exact: false }).first()).toBeVisible();
  await expectInert(page, fired, "post detail");
});

test("identities show the bio, handle and avatar URL inert", async ({ page }) => {
  const fired = watchDialogs(page);
  await page.goto("/w/northwind/identities");
  await expect(page.getByText(FORMULA_NAME).first()).toBeVisible();
  await expectInert(page, fired, "identities");
});

test("reports and their tables keep names inert", async ({ page }) => {
  const fired = watchDialogs(page);
  await page.goto("/w/northwind/reports");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectInert(page, fired, "reports");
});

test("CSV exports neutralise formulas in names", async ({ page }) => {
  const workspace = await workspaceId("northwind");
  const response = await page.request.get(`/api/w/${workspace}/reports/export?table=identities&range=90d`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(response.headers()["content-disposition"]).toMatch(/^attachment;/);
  const csv = await response.text();
  // No cell may begin with a formula character (after an optional opening quote).
  for (const line of csv.split("\r\n").filter(Boolean))
    for (const cell of line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/))
      expect(cell.replace(/^"/, ""), `cell ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
});
