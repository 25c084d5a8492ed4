import { hashPassword } from "../lib/auth/password";
import { e2eSql, expect, PASSWORD, test } from "./fixtures";

test("signing out ends the session", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signIn("analyst@curtain.demo", PASSWORD);
  await expect(page).toHaveURL(/\/w\/demo-brand\/calendar$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/w/demo-brand/calendar");
  await expect(page).toHaveURL(/\/login/);
});

test("deactivating a user ends their session on the next request", async ({ page, loginPage }) => {
  const email = `temp-${Date.now()}@curtain.demo`;
  const sql = e2eSql();
  try {
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${email}, 'Temp Analyst', ${await hashPassword(PASSWORD)}) returning id`;
    await sql`insert into memberships (workspace_id, user_id, role)
              select id, ${user!.id}, 'analyst' from workspaces where slug = 'demo-brand'`;
    await loginPage.goto();
    await loginPage.signIn(email, PASSWORD);
    await expect(page).toHaveURL(/\/w\/demo-brand\/calendar$/);

    await sql`update users set active = false where id = ${user!.id}`;
    await page.goto("/w/demo-brand/reports");
    await expect(page).toHaveURL(/\/login/);
    // And the old cookie cannot sign in again through the form either.
    await loginPage.signIn(email, PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  } finally {
    await sql.end();
  }
});
