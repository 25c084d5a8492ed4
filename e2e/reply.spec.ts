import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { e2eSql, expect, storageStateFor, test, type AccountKey } from "./fixtures";
import { seedConversation } from "./seed-conversation";

/**
 * Reply queue I end to end: a community manager answers as her persona through the brand's X account, the worker
 * delivers it (sign-off included), a second person on the same conversation gets the collision message, the
 * social media manager can only pick the brand, and an @mention reaches the mentioned person.
 * Each test seeds its own conversation (unique contact), routed to Becky on the brand's X account.
 */
async function openAs(browser: Browser, account: AccountKey, url: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(account) });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test("a community manager answers as Becky through the brand account; the signed reply is delivered", async ({
  browser,
}) => {
  const conversation = await seedConversation();
  const page = await openAs(browser, "cm", conversation.url);
  await expect(page.getByRole("heading", { name: `Conversation with E2E Fan ${conversation.tag}` })).toBeVisible();
  await expect(page.getByLabel("Reply as")).toHaveValue(/.+/);
  await expect(page.getByLabel("Reply as").locator("option:checked")).toHaveText("Becky");

  await page.getByLabel("Your reply").fill(`Happy to help, it ships today ${conversation.tag}`);
  await expect(page.getByText("Signed “-Becky”")).toBeVisible();
  await page.getByRole("button", { name: "Send", exact: true }).click();

  const reply = page.getByTestId("outbound-message").filter({ hasText: conversation.tag });
  await expect(reply).toContainText(`Happy to help, it ships today ${conversation.tag} -Becky`);
  await expect(reply).toContainText("Becky answered (written by Becky Lang)");
  await expect(reply.getByTestId("delivery-status")).toHaveAttribute("data-status", "sent", { timeout: 20_000 });

  const sql = e2eSql();
  try {
    const rows = await sql<{ body: string }[]>`
      select d.body from sandbox_deliveries d join messages m on m.idempotency_key = d.idempotency_key
      where m.conversation_id = ${conversation.id}`;
    expect(rows.map((r) => r.body)).toEqual([`Happy to help, it ships today ${conversation.tag} -Becky`]);
  } finally {
    await sql.end();
  }
});

test("a second person answering the same conversation gets the collision message", async ({ browser }) => {
  const conversation = await seedConversation();
  const becky = await openAs(browser, "cm", conversation.url);
  const sam = await openAs(browser, "smm", conversation.url);
  await sam.getByLabel("Your reply").fill("Sam's answer");
  await becky.getByLabel("Your reply").fill("Becky's answer");
  await becky.getByRole("button", { name: "Send", exact: true }).click();
  await expect(becky.getByTestId("outbound-message").filter({ hasText: "Becky's answer" })).toBeVisible();

  await sam.getByRole("button", { name: "Send", exact: true }).click();
  await expect(sam.getByText("Someone else changed this conversation meanwhile").first()).toBeVisible();
  // The new state is shown: Becky's reply appears in Sam's thread, Sam's text is still in the box.
  await expect(sam.getByTestId("outbound-message").filter({ hasText: "Becky's answer" })).toBeVisible();
  await expect(sam.getByLabel("Your reply")).toHaveValue("Sam's answer");
});

test("a social media manager can only answer as the brand", async ({ browser }) => {
  const conversation = await seedConversation();
  const page = await openAs(browser, "smm", conversation.url);
  const options = page.getByLabel("Reply as").locator("option");
  await expect(options).toHaveText(["Demo Brand"]);

  // Saved replies: "/" opens the list, variables are filled in; Becky's own reply is not offered to the brand.
  const body = page.getByLabel("Your reply");
  await body.fill("/");
  await expect(page.getByRole("button", { name: "Insert Becky: on it" })).toHaveCount(0);
  await page.getByRole("button", { name: "Insert Order status" }).click();
  await expect(body).toHaveValue(
    `Hi E2E Fan ${conversation.tag}, could you send us your order number by DM? We'll check right away.`,
  );
  await expect(page.getByTestId("reply-length")).toHaveText(/^\d+ \/ 280$/);
});

test("an @mention in a note reaches the mentioned member's notifications", async ({ browser }) => {
  const conversation = await seedConversation();
  const becky = await openAs(browser, "cm", conversation.url);
  const note = becky.getByLabel("Note for the team (never sent)");
  await note.fill(`Can you check the refund ${conversation.tag}? @Max`);
  await becky.getByRole("button", { name: "Mention Max Manager" }).click();
  await expect(note).toHaveValue(`Can you check the refund ${conversation.tag}? @Max Manager `);
  await becky.getByRole("button", { name: "Add note" }).click();
  await expect(becky.getByTestId("note").filter({ hasText: conversation.tag })).toBeVisible();

  const max = await openAs(browser, "manager", "/w/demo-brand/inbox");
  await max.getByRole("button", { name: /^Notifications/ }).click();
  const item = max.getByRole("menuitem", {
    name: new RegExp(`Becky Lang mentioned you: Can you check the refund ${conversation.tag}`),
  });
  await expect(item).toBeVisible();
  await item.click();
  await expect(max).toHaveURL(new RegExp(`/inbox/${conversation.id}$`));
  await expect(max.getByTestId("note").filter({ hasText: conversation.tag })).toBeVisible();
});

test("the conversation page and Settings → Saved replies pass axe, and the conversation fits a 390 px phone", async ({
  browser,
}) => {
  const conversation = await seedConversation();
  const page = await openAs(browser, "admin", conversation.url);
  for (const path of [conversation.url, "/w/demo-brand/settings/saved-replies"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(" | ")}`,
      ),
    ).toEqual([]);
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(conversation.url);
  await expect(page.getByLabel("Your reply")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
