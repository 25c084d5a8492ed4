import { e2eSql, expect, setLanguage, storageStateFor, test } from "./fixtures";

const AUDIT = "/w/demo-brand/settings/audit";

/** A handover and two status changes recorded as the actions record them (ids in the data, not names). */
async function recordEvents(tag: string) {
  const sql = e2eSql();
  try {
    const [ids] = await sql<
      { workspace: string; admin: string; becky: string; jay: string; persona: string; conversation: string }[]
    >`
      select w.id as workspace,
        (select id from users where email = 'admin@curtain.demo') as admin,
        (select id from users where email = 'becky@curtain.demo') as becky,
        (select id from users where email = 'jay@curtain.demo') as jay,
        (select id from identities where workspace_id = w.id and display_name = 'Becky') as persona,
        (select id from conversations where workspace_id = w.id order by id limit 1) as conversation
      from workspaces w where w.slug = 'demo-brand'`;
    const event = (action: string, objectType: string, objectId: string, data: object, secondsAgo: number) => sql`
      insert into audit_events (workspace_id, actor_user_id, action, object_type, object_id, data, created_at)
      values (${ids!.workspace}, ${ids!.admin}, ${action}, ${objectType}, ${objectId}, ${sql.json(data as never)}, now() - ${`${secondsAgo} seconds`}::interval)`;
    await event(
      "persona.handed_over",
      "identity",
      ids!.persona,
      { tag, from: { userId: ids!.becky, name: "Becky Lang" }, to: { userId: ids!.jay, name: "Jay Park" } },
      3,
    );
    await event("conversation.status_changed", "conversation", ids!.conversation, { status: "resolved" }, 2);
    await event("conversation.status_changed", "conversation", ids!.conversation, { status: "open" }, 1);
  } finally {
    await sql.end();
  }
}

test.describe("audit log", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("names objects, shows from → to, and labels action groups in words", async ({ page }) => {
    await recordEvents(`${Date.now()}`);
    await page.goto(AUDIT);
    const handover = page.getByRole("row").filter({ hasText: "Persona handed over" }).first();
    await expect(handover).toContainText("Identity Becky");
    await expect(handover).toContainText("Becky Lang → Jay Park");
    await expect(page.getByRole("row").filter({ hasText: "Resolved → Open" }).first()).toBeVisible();
    // No row names its object by a bare id prefix.
    await expect(page.getByRole("cell").filter({ hasText: /^(Identity|Post|Conversation) [0-9a-f]{8}$/ })).toHaveCount(
      0,
    );
    const action = page.getByLabel("Action");
    await expect(action.locator("option", { hasText: "Personas: all events" })).toHaveCount(1);
    await expect(action.locator("option", { hasText: /“/ })).toHaveCount(0);
  });

  test("German group labels are words, not stored keys", async ({ page, context, baseURL }) => {
    await recordEvents(`${Date.now()}`);
    await setLanguage(context, baseURL, "de");
    await page.goto(AUDIT);
    const action = page.getByLabel("Aktion");
    await expect(action.locator("option", { hasText: "Personas: alle Ereignisse" })).toHaveCount(1);
    await expect(action.locator("option", { hasText: "„" })).toHaveCount(0);
    await expect(page.getByRole("row").filter({ hasText: "Erledigt → Offen" }).first()).toBeVisible();
  });
});
