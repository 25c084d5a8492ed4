import type { Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { e2eSql, expect, LoginPage, PASSWORD, storageStateFor, test } from "./fixtures";

test.use({ storageState: storageStateFor("admin") });

/** Invites through Settings → Members and returns the one-time link shown once in the dialog. */
async function inviteThroughUi(page: Page, email: string) {
  await page.goto("/w/demo-brand/settings/members");
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(email);
  await dialog.getByRole("button", { name: "Create invitation" }).click();
  await expect(dialog.getByRole("heading", { name: "Invitation created" })).toBeVisible();
  const link = await dialog.getByLabel("Invitation link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Done" }).first().click();
  await expect(page.getByTestId(`invitation-${email}`)).toContainText("Community manager");
  return link;
}

test("admin invites a new person, who opens the copied link in a fresh browser and lands in the workspace", async ({
  page,
  browser,
}) => {
  const email = `invited-${Date.now()}@curtain.test`;
  const link = await inviteThroughUi(page, email);

  const fresh = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const invitee = await fresh.newPage();
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { level: 1, name: "Join Demo Brand" })).toBeVisible();
    await invitee.getByLabel("Your name").fill("Invited Person");
    await invitee.getByLabel("Password", { exact: true }).fill("invited-persons-password");
    await invitee.getByLabel("Repeat password").fill("invited-persons-password");
    await invitee.getByRole("button", { name: "Create account and join" }).click();
    await expect(invitee).toHaveURL(/\/w\/demo-brand\/inbox$/);
    await expect(invitee.getByTestId("current-user")).toHaveText("Invited Person");
  } finally {
    await fresh.close();
  }

  // The link worked once.
  const again = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const other = await again.newPage();
    await other.goto(link);
    await expect(
      other.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
    ).toBeVisible();
  } finally {
    await again.close();
  }
  await page.reload();
  await expect(page.getByTestId(`member-${email}`)).toContainText("Invited Person");
  await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);
});

test("someone with an account elsewhere sees the invitation in the app and accepts it", async ({ page, browser }) => {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `elsewhere-${tag}@curtain.test`;
  const sql = e2eSql();
  try {
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${email}, 'Elsewhere Person', ${await hashPassword(PASSWORD)}) returning id`;
    await sql`insert into workspaces (name, slug) values (${`Elsewhere ${tag}`}, ${`elsewhere-${tag}`})`;
    await sql`insert into memberships (workspace_id, user_id, role) select id, ${user!.id}, 'admin' from workspaces where slug = ${`elsewhere-${tag}`}`;
  } finally {
    await sql.end();
  }
  await inviteThroughUi(page, email);

  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  try {
    const invitee = await context.newPage();
    const login = new LoginPage(invitee);
    await login.goto();
    await login.signIn(email, PASSWORD);
    await expect(invitee).toHaveURL(new RegExp(`/w/elsewhere-${tag}/`));
    await expect(
      invitee.getByRole("status").filter({ hasText: "You have an invitation to a workspace." }),
    ).toBeVisible();
    await invitee.getByRole("link", { name: "Show invitations" }).click();
    await expect(invitee).toHaveURL(/\/invitations$/);
    await invitee.getByRole("button", { name: "Accept the invitation to Demo Brand" }).click();
    await expect(invitee).toHaveURL(/\/w\/demo-brand\/inbox$/);
    await expect(invitee.getByRole("status").filter({ hasText: "invitation" })).toHaveCount(0);
  } finally {
    await context.close();
  }
});

test("the invite action refuses a request from a foreign origin, even with the admin's cookie", async ({ page }) => {
  await page.goto("/w/demo-brand/settings/members");
  await page.getByRole("button", { name: "Invite member" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email").fill(`origin-probe-${Date.now()}@curtain.test`);
  // Capture the real server-action request, then replay it as a same-site page elsewhere would send it.
  const [sent] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
    dialog.getByRole("button", { name: "Create invitation" }).click(),
  ]);
  await expect(dialog.getByRole("heading", { name: "Invitation created" })).toBeVisible();
  const forged = `forged-${Date.now()}@curtain.test`;
  const body = sent.postData()!.replace(/origin-probe-\d+@curtain\.test/, forged);
  for (const origin of ["https://evil.example", "null"]) {
    const response = await page.request.post(sent.url(), {
      headers: { ...sent.headers(), origin },
      data: body,
      maxRedirects: 0,
    });
    // Next refuses it ("Invalid Server Actions request"), today with a 500; what matters here is that nothing is written.
    expect(response.status()).toBeGreaterThanOrEqual(400);
  }
  const sql = e2eSql();
  try {
    expect(await sql`select 1 from invitations where email = ${forged}`).toHaveLength(0);
  } finally {
    await sql.end();
  }
});
