import { e2eSql, expect, REFUSED, storageStateFor, test } from "./fixtures";

const IMPORT = "/w/demo-brand/settings/import";

/**
 * A workspace of its own (the demo admin is its admin, with a brand identity): imported history from 2017 would
 * otherwise be the most overdue item of demo-brand's queue for other specs to claim or resolve, would change its
 * reports while they are read, and a second run would find its sign-off already a persona.
 */
async function importWorkspace(stamp: string) {
  const slug = `import-${stamp}`;
  const sql = e2eSql();
  try {
    const [workspace] = await sql<{ id: string }[]>`
      insert into workspaces (name, slug) values (${`Import ${stamp}`}, ${slug}) returning id`;
    await sql`insert into memberships (workspace_id, user_id, role)
      select ${workspace!.id}, id, 'admin' from users where email = 'admin@curtain.demo'`;
    await sql`insert into identities (workspace_id, kind, display_name) values (${workspace!.id}, 'brand', ${`Import ${stamp}`})`;
    return slug;
  } finally {
    await sql.end();
  }
}

/** A small twcs file with ids and a brand account of its own, so the spec can run again on the same database. */
function twcsFile(stamp: string) {
  const brand = `E2EBrand${stamp}`;
  const base = Number.parseInt(stamp, 36) % 1_000_000_000;
  const rows = ["tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id"];
  for (let i = 0; i < 3; i++) {
    const q = base * 10 + i * 2;
    rows.push(`${q},${700 + i},True,Tue Oct 10 1${i}:00:00 +0000 2017,@${brand} question ${stamp} ${i},${q + 1},`);
    rows.push(`${q + 1},${brand},False,Tue Oct 10 1${i}:20:00 +0000 2017,@${700 + i} Happy to help ^QA,,${q}`);
  }
  rows.push(`${base * 10 + 9},799,True,Wed Oct 11 09:00:00 +0000 2017,@${brand} still waiting ${stamp},,`);
  return { brand, buffer: Buffer.from(`${rows.join("\n")}\n`) };
}

test.describe("admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("imports a CSV with a progress bar, confirms a discovered persona and finds the conversations in the inbox", async ({
    page,
  }) => {
    const stamp = Date.now().toString(36);
    const { brand, buffer } = twcsFile(stamp);
    const slug = await importWorkspace(stamp);
    await page.goto(`/w/${slug}/settings/import`);
    await expect(page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
    await page.getByLabel("File").setInputFiles({ name: `history-${stamp}.csv`, mimeType: "text/csv", buffer });
    await page.getByLabel("Format").selectOption("twcs");
    await page.getByRole("button", { name: "Import", exact: true }).click();

    const progress = page.getByRole("progressbar", { name: `Progress of the import of history-${stamp}.csv` });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("aria-valuenow", "100", { timeout: 60_000 });
    await expect(page.getByText("Done", { exact: true })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: `@${brand}` })).toContainText("100%");

    const suggestion = page.getByRole("listitem").filter({ hasText: `^QA on 3 replies of @${brand}` });
    await expect(suggestion).toBeVisible();
    await suggestion.getByLabel("Persona name").fill(`Quinn ${stamp}`);
    await suggestion.getByRole("button", { name: "Create persona" }).click();
    await expect(
      page.getByText(`Persona Quinn ${stamp} created; its replies are attributed to it.`).first(),
    ).toBeVisible();
    await expect(page.getByText(`→ Quinn ${stamp}`)).toBeVisible();

    // Found with the queue's search.
    await page.goto(`/w/${slug}/inbox?status=open&q=${encodeURIComponent(`still waiting ${stamp}`)}`);
    await expect(page.getByText(`still waiting ${stamp}`).first()).toBeVisible();
  });
});

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager"), allowedConsoleErrors: [REFUSED] });

  test("has no Import page", async ({ page }) => {
    const response = await page.goto(IMPORT);
    expect(response?.status()).toBe(403);
  });
});
