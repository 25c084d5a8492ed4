import { e2eSql, expect, storageStateFor, test } from "./fixtures";

const tag = () => Math.random().toString(36).slice(2, 8);

test.describe("routing rules", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("an admin creates a rule, previews a message that matches it, reorders it and deletes it", async ({ page }) => {
    const t = tag();
    const name = `Parcels ${t}`;
    const keyword = `parcel${t}`;
    await page.goto("/w/demo-brand/settings/routing");
    await expect(page.getByRole("heading", { level: 1, name: "Routing" })).toBeVisible();

    await page.getByRole("button", { name: "New rule" }).click();
    const dialog = page.getByRole("dialog", { name: "New routing rule" });
    await dialog.getByLabel("Name").fill(name);
    await dialog.getByRole("group", { name: "Kind" }).getByLabel("Direct message").check();
    await dialog.getByLabel("Keywords").fill(keyword);
    await dialog.getByLabel("Route to").selectOption({ label: "A named identity" });
    await dialog.getByLabel("Identity").selectOption({ label: "Jay Park" });
    await dialog.getByLabel("Set priority").selectOption({ label: "High" });
    await dialog.getByRole("button", { name: "Save rule" }).click();
    await expect(dialog).toBeHidden();
    const rule = page.getByRole("listitem", { name });
    await expect(rule).toContainText("Jay Park");
    const position = Number((await rule.innerText()).match(/Rule (\d+)/)![1]);

    // The preview runs the saved rules on a sample: a DM (category Other, which no default rule takes) that
    // mentions the keyword meets the new rule; as a question the earlier "praise and questions" rule would win.
    await page.getByLabel("Category", { exact: true }).selectOption({ label: "Other" });
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Direct message" });
    await page.getByLabel("Text").fill(`Where is my ${keyword.toUpperCase()}?`);
    await page.getByRole("button", { name: "Show matching rule" }).click();
    await expect(page.getByTestId("routing-preview-result")).toHaveText(
      `Rule ${position}, “${name}”, matches. It goes to Jay Park.`,
    );

    // Up by one (keyboard: focus the button, press Enter); the rule now sits one place higher.
    await rule.getByRole("button", { name: `Move “${name}” up` }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("listitem", { name })).toContainText(`Rule ${position - 1}`);
    await page.getByRole("button", { name: "Show matching rule" }).click();
    await expect(page.getByTestId("routing-preview-result")).toHaveText(
      `Rule ${position - 1}, “${name}”, matches. It goes to Jay Park.`,
    );

    page.once("dialog", (d) => d.accept());
    await page.getByRole("button", { name: `Delete rule “${name}”` }).click();
    await expect(page.getByRole("listitem", { name })).toHaveCount(0);
  });

  test("a rule that points to a retired persona is refused with a clear message, and an old one warns", async ({
    page,
  }) => {
    const t = tag();
    const persona = `Retired ${t}`;
    const sql = e2eSql();
    try {
      const [identity] = await sql<{ id: string; workspace_id: string }[]>`
        insert into identities (workspace_id, kind, display_name, status)
        select id, 'persona', ${persona}, 'retired' from workspaces where slug = 'demo-brand'
        returning id, workspace_id`;
      // A rule saved while the persona was still active.
      await sql`
        insert into routing_rules (workspace_id, name, position, target, target_identity_id, enabled)
        values (${identity!.workspace_id}, ${`Old rule ${t}`}, 900, 'identity', ${identity!.id}, false)`;
    } finally {
      await sql.end();
    }
    await page.goto("/w/demo-brand/settings/routing");
    await expect(page.getByRole("listitem", { name: `Old rule ${t}` })).toContainText(
      `${persona} is retired. Conversations this rule matches go to the brand until you choose another voice.`,
    );

    await page.getByRole("button", { name: "New rule" }).click();
    const dialog = page.getByRole("dialog", { name: "New routing rule" });
    await dialog.getByLabel("Name").fill(`To ${persona}`);
    await dialog.getByLabel("Route to").selectOption({ label: "A named identity" });
    await dialog.getByLabel("Identity").selectOption({ label: `${persona} (retired)` });
    await dialog.getByRole("button", { name: "Save rule" }).click();
    await expect(
      dialog.getByText(`${persona} is retired and no longer answers. Choose an active voice.`),
    ).toBeVisible();
    await expect(dialog.getByLabel("Identity")).toHaveAttribute("aria-invalid", "true");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("listitem", { name: `To ${persona}` })).toHaveCount(0);
  });
});

test.describe("SLA badge", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("a manager sees the SLA badge of a conversation tick from within SLA to due soon without a reload", async ({
    page,
  }) => {
    const sql = e2eSql();
    let id: string;
    try {
      const [row] = await sql<{ id: string }[]>`
        update conversations set waiting_since = now() - interval '5 minutes',
               sla_due_at = now() + interval '31 minutes 30 seconds'
         where id = (select c.id from conversations c join workspaces w on w.id = c.workspace_id
                      where w.slug = 'demo-brand' and c.status = 'open' order by c.id desc limit 1)
        returning id`;
      id = row!.id;
    } finally {
      await sql.end();
    }
    await page.clock.install();
    await page.goto(`/w/demo-brand/inbox/${id}`);
    const badge = page.locator("[data-sla-state]");
    await expect(badge).toHaveAttribute("data-sla-state", "ok");
    await expect(badge).toHaveText(/^Answer in 3[01] min\.$/);
    await expect(badge.locator("svg")).toHaveCount(1);
    await page.clock.fastForward("03:00");
    await expect(badge).toHaveAttribute("data-sla-state", "due_soon");
    await expect(badge).toHaveText(/^Due soon, in 2[78] min\.$/);
  });
});
