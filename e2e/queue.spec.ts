import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "@playwright/test";
import { e2eSql, expect, setLanguage, storageStateFor, test, type AccountKey } from "./fixtures";
import { visibleText } from "./label-in-name";

/**
 * Reply queue II: keyboard work from My queue, Claim next from two browsers at once, a bulk assignment, filters in
 * the URL, and the queue's dialogs and states under axe. Each test seeds its own conversations (a unique tag in
 * the contact's name and message, so a search for the tag shows exactly them), routed to Becky.
 */
async function seed(n: number, assignee: string | null) {
  const tag = `q${randomBytes(4).toString("hex")}`;
  const sql = e2eSql();
  try {
    const rows = await sql<{ id: string }[]>`
      with ws as (select id from workspaces where slug = 'demo-brand'),
      ch as (select c.id from channels c join identities i on i.id = c.identity_id where c.workspace_id = (select id from ws) and c.platform = 'x' and i.kind = 'brand' and c.connector = 'sandbox' order by c.created_at limit 1),
      becky as (select id from identities where workspace_id = (select id from ws) and display_name = 'Becky'),
      who as (select id from users where email = ${assignee ?? ""}),
      contact as (
        insert into contacts (workspace_id, platform, handle, display_name)
        values ((select id from ws), 'x', ${`@e2e_${tag}`}, ${`E2E ${tag}`}) returning id
      ),
      conv as (
        insert into conversations (workspace_id, channel_id, contact_id, kind, identity_id, assignee_id, preview, waiting_since, sla_due_at, last_message_at)
        select (select id from ws), (select id from ch), (select id from contact), 'comment', (select id from becky), (select id from who),
               ${`Question ${tag} `} || i, now() - interval '20 minutes', now() + (i || ' hours')::interval, now() - interval '20 minutes'
        from generate_series(1, ${n}) i
        returning id, preview
      ),
      msg as (
        insert into messages (workspace_id, conversation_id, channel_id, direction, body, external_id, sent_at)
        select (select id from ws), conv.id, (select id from ch), 'inbound', conv.preview, 'e2e-' || conv.id, now() - interval '20 minutes'
        from conv
      )
      select id from conv order by preview`;
    return { tag, ids: rows.map((r) => r.id) };
  } finally {
    await sql.end();
  }
}

async function conversationRows(ids: string[]) {
  const sql = e2eSql();
  try {
    return await sql<{ id: string; status: string; assignee: string | null; replies: number }[]>`
      select c.id, c.status, u.email as assignee,
        (select count(*)::int from messages m where m.conversation_id = c.id and m.direction = 'outbound') as replies
      from conversations c left join users u on u.id = c.assignee_id where c.id = any(${ids}::uuid[])`;
  } finally {
    await sql.end();
  }
}

async function openAs(browser: Browser, account: AccountKey, url: string): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStateFor(account) });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 8; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test("a community manager works three items from My queue with the keyboard only", async ({ browser }) => {
  // A browser context signing in and a page working through three items: more than 30 s on a loaded machine.
  test.setTimeout(90_000);
  const { tag, ids } = await seed(3, "becky@curtain.demo");
  const becky = await openAs(browser, "cm", `/w/demo-brand/inbox?view=mine&q=${tag}`);
  const links = becky.getByRole("link", { name: new RegExp(`E2E ${tag}`) });
  await expect(links).toHaveCount(3);

  // j focuses the first (most urgent) item — pressed again only while nothing is focused, since a key pressed before
  // the list has hydrated does nothing; e resolves it and focus stays in the list, on the next one.
  await expect(async () => {
    if (!(await links.first().evaluate((el) => el === document.activeElement))) await becky.keyboard.press("j");
    await expect(links.first()).toBeFocused({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await becky.keyboard.press("e");
  await expect(links).toHaveCount(2);
  await expect(links.first()).toBeFocused();

  // s snoozes through the dialog (keyboard only), and focus comes back to the list.
  await becky.keyboard.press("s");
  const dialog = becky.getByRole("dialog", { name: "Snooze until" });
  await expect(dialog).toBeVisible();
  await tabTo(becky, dialog.getByRole("button", { name: "Snooze", exact: true }));
  await becky.keyboard.press("Enter");
  await expect(links).toHaveCount(1);
  await expect(links.first()).toBeFocused();

  // r opens the last one with the composer focused; the reply is typed and sent from the keyboard.
  await becky.keyboard.press("r");
  await expect(becky).toHaveURL(new RegExp(`/inbox/${ids[2]}\\?compose=reply$`));
  const composer = becky.getByLabel("Your reply");
  await expect(composer).toBeFocused();
  await becky.keyboard.type(`On its way ${tag}`);
  await tabTo(becky, becky.getByRole("button", { name: "Send", exact: true }));
  await becky.keyboard.press("Enter");
  await expect(becky.getByText("Reply queued for delivery.").first()).toBeVisible();

  const rows = new Map((await conversationRows(ids)).map((r) => [r.id, r]));
  expect(rows.get(ids[0]!)?.status).toBe("resolved");
  expect(rows.get(ids[1]!)?.status).toBe("snoozed");
  expect(rows.get(ids[2]!)?.replies).toBe(1);
});

test("two people pressing Claim next at the same moment get different items", async ({ browser }) => {
  // Two browser contexts signing in and loading two pages: more than the default 30 s on a loaded machine.
  test.setTimeout(60_000);
  await seed(2, null);
  const [max, sam] = await Promise.all([
    openAs(browser, "manager", "/w/demo-brand/inbox"),
    openAs(browser, "smm", "/w/demo-brand/inbox"),
  ]);
  await Promise.all([
    max.getByRole("button", { name: "Claim next" }).click(),
    sam.getByRole("button", { name: "Claim next" }).click(),
  ]);
  await expect(max).toHaveURL(/\/inbox\/[0-9a-f-]{36}$/);
  await expect(sam).toHaveURL(/\/inbox\/[0-9a-f-]{36}$/);
  expect(max.url()).not.toBe(sam.url());
});

test.describe("as a manager", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("bulk-assigns a selection and is told how many succeeded", async ({ page }) => {
    const { tag, ids } = await seed(3, null);
    await page.goto(`/w/demo-brand/inbox?q=${tag}`);
    await page.getByLabel("Select all 3 shown").check();
    await expect(page.getByRole("region", { name: "Bulk actions" })).toBeVisible();
    await page.getByLabel("Assign to").selectOption({ label: "Becky Lang" });
    await expect(page.getByText("3 conversations updated.").first()).toBeVisible();
    const rows = await conversationRows(ids);
    expect(rows.map((r) => r.assignee)).toEqual(["becky@curtain.demo", "becky@curtain.demo", "becky@curtain.demo"]);
  });

  test("filters live in the URL and survive a reload; unknown values are ignored with a notice", async ({ page }) => {
    await page.goto("/w/demo-brand/inbox?view=unassigned");
    await page.getByLabel("Priority").selectOption({ label: "Urgent" });
    await expect(page).toHaveURL(/view=unassigned&priority=urgent/);
    await page.reload();
    await expect(page.getByLabel("Priority")).toHaveValue("urgent");
    await expect(page.getByRole("link", { name: /^Unassigned/ })).toHaveAttribute("aria-current", "page");

    await page.goto("/w/demo-brand/inbox?priority=asap&sort=sideways");
    await expect(page.getByRole("status").filter({ hasText: "priority=asap, sort=sideways" })).toBeVisible();
  });

  test("the queue's states and dialogs pass axe", async ({ page }) => {
    // Several axe scans of a full page: more than 30 s on a loaded machine.
    test.setTimeout(90_000);
    const { tag } = await seed(2, null);
    await page.goto(`/w/demo-brand/inbox?q=${tag}&priority=asap`);
    await page.getByLabel("Select all 2 shown").check();
    await page.waitForLoadState("networkidle");
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page
      .getByRole("button", { name: /^Snooze \(conversation with / })
      .first()
      .click();
    await expect(page.getByRole("dialog", { name: "Snooze until" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test("a row's buttons are named by their visible text, then the conversation (WCAG 2.5.3 label in name)", async ({
    page,
    context,
    baseURL,
  }) => {
    const { tag } = await seed(1, null);
    const contact = `E2E ${tag}`;
    const languages = [
      { locale: "en", actions: ["Assign to me", "Snooze", "Resolve"], about: `(conversation with ${contact})` },
      { locale: "de", actions: ["Mir zuweisen", "Zurückstellen", "Erledigen"], about: `(Konversation mit ${contact})` },
    ] as const;
    for (const { locale, actions, about } of languages) {
      await setLanguage(context, baseURL, locale);
      await page.goto(`/w/demo-brand/inbox?q=${tag}`);
      const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: new RegExp(contact) }) });
      for (const action of actions) {
        const button = row.getByRole("button", { name: `${action} ${about}`, exact: true });
        expect(await visibleText(button)).toBe(action);
      }
    }
  });
});
