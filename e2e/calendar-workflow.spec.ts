import type { Browser, Page } from "@playwright/test";
import { expect, storageStateFor, test, type AccountKey } from "./fixtures";

const CALENDAR = "/w/demo-brand/calendar?view=week";

async function as(browser: Browser, account: AccountKey) {
  const context = await browser.newContext({ storageState: storageStateFor(account) });
  const page = await context.newPage();
  await page.goto(CALENDAR);
  return { page, close: () => context.close() };
}

/** Opens a post's detail from the calendar; a click before the calendar has hydrated opens nothing, so retry it. */
async function openPost(page: Page, body: string) {
  const detail = page.getByRole("dialog");
  await expect(async () => {
    if (!(await detail.isVisible())) await page.getByRole("button", { name: new RegExp(body) }).click();
    await expect(detail).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  return detail;
}

test("a social media manager composes for two channels with a variant; a manager rejects, the author fixes, the manager approves", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const body = `Autumn drop e2e ${Date.now().toString(36)}`;

  // The social media manager writes the post.
  const smm = await as(browser, "smm");
  await smm.page.getByRole("button", { name: "New post", exact: true }).click();
  const composer = smm.page.getByRole("dialog", { name: "New post" });
  await composer.getByRole("checkbox", { name: /X @demobrand/ }).check();
  await composer.getByRole("checkbox", { name: /Instagram @demobrand/ }).check();
  await composer.getByLabel("Text", { exact: true }).fill(body);
  await composer.getByRole("button", { name: /Write a variant for Instagram/ }).click();
  await composer.getByLabel(/Variant for Instagram/).fill(`${body} 🍂 #autumn`);
  await expect(composer.getByTestId("length-x")).toContainText("/280");
  await expect(composer.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
  await composer.getByRole("button", { name: "Submit for review" }).click();
  await expect(smm.page.getByText("Post submitted for review.", { exact: true })).toBeVisible();
  await expect(composer).toHaveCount(0);

  // The manager sends it back with a comment.
  const manager = await as(browser, "manager");
  let detail = await openPost(manager.page, body);
  await expect(detail.getByText("In review", { exact: true })).toBeVisible({ timeout: 20_000 });
  await detail.getByRole("button", { name: "Reject…" }).click();
  await detail.getByLabel("What should the author change?").fill("Please mention the date.");
  await detail.getByRole("button", { name: "Reject with this comment" }).click();
  await expect(manager.page.getByText("Post sent back to its author.", { exact: true })).toBeVisible();

  // The author sees the comment, fixes the text and submits again.
  await smm.page.reload();
  detail = await openPost(smm.page, body);
  await expect(detail.getByText("Please mention the date.")).toBeVisible();
  await detail.getByRole("button", { name: "Edit" }).click();
  const editor = smm.page.getByRole("dialog", { name: "Edit post" });
  await editor.getByLabel("Text", { exact: true }).fill(`${body} — from 1 October`);
  await expect(editor.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(smm.page.getByText("Post submitted for review.", { exact: true })).toBeVisible();

  // The manager approves.
  await manager.page.reload();
  detail = await openPost(manager.page, body);
  await detail.getByRole("button", { name: "Approve" }).click();
  await expect(manager.page.getByText("Post approved.", { exact: true })).toBeVisible();
  await expect(detail.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(detail.getByText(/sent it back/)).toBeVisible();

  await smm.close();
  await manager.close();
});

test.describe("a community manager", () => {
  test.use({ storageState: storageStateFor("cm") });

  test("drafts a post as Becky, and cannot choose the brand", async ({ page }) => {
    await page.goto(CALENDAR);
    await page.getByRole("button", { name: "New post", exact: true }).click();
    const composer = page.getByRole("dialog", { name: "New post" });
    const voice = composer.getByLabel("Post as");
    await expect(voice).toHaveValue(/.+/);
    await expect(voice.locator("option")).toHaveText(["Becky"]);
    await composer.getByRole("checkbox", { name: /X @demobrand/ }).check();
    // Its own text: a rerun on the same database leaves the earlier draft in the calendar.
    const text = `Morning! New repair guides are up ${Date.now().toString(36)}`;
    await composer.getByLabel("Text", { exact: true }).fill(text);
    await expect(composer.getByTestId("save-state")).toHaveText("Saved", { timeout: 15_000 });
    // Everything is saved, so Escape closes without asking.
    await page.keyboard.press("Escape");
    await expect(composer).toHaveCount(0);
    // The card is named by what it shows: time, status, text, then the voice and its channels.
    await expect(page.getByRole("button", { name: new RegExp(` Draft ${text} Becky X @demobrand$`) })).toBeVisible();
  });
});

test.describe("an analyst", () => {
  test.use({ storageState: storageStateFor("analyst") });

  test("sees the calendar but no controls", async ({ page }) => {
    await page.goto(CALENDAR);
    await expect(page.getByTestId("week-grid")).toBeVisible();
    await expect(page.getByTestId("post-chip").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /New post/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Move post/ })).toHaveCount(0);
    await page.getByTestId("post-chip").first().getByRole("button").first().click();
    const detail = page.getByRole("dialog");
    await expect(detail.getByRole("heading", { name: /^Post by/ })).toBeVisible();
    for (const name of ["Edit", "Approve", "Reject…", "Schedule", "Comment", "Submit for review"])
      await expect(detail.getByRole("button", { name, exact: true })).toHaveCount(0);
  });
});
