import type { Browser } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { e2eSql, expect, LoginPage, PASSWORD, REFUSED, storageStateFor, test, workspaceId } from "./fixtures";

type Role = "admin" | "manager" | "social_media_manager" | "community_manager" | "analyst";

/** A temp user with a membership (in demo-brand unless a new workspace slug is given), so no demo user changes. */
async function tempMember(role: Role, options: { newWorkspace?: string } = {}) {
  const tag = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const email = `team-${tag}@curtain.test`;
  const name = `Temp ${role} ${tag}`;
  const sql = e2eSql();
  try {
    const [user] = await sql<{ id: string }[]>`
      insert into users (email, name, password_hash) values (${email}, ${name}, ${await hashPassword(PASSWORD)}) returning id`;
    let slug = "demo-brand";
    if (options.newWorkspace) {
      slug = `${options.newWorkspace}-${tag}`;
      await sql`insert into workspaces (name, slug) values (${`${options.newWorkspace} ${tag}`}, ${slug})`;
    }
    await sql`insert into memberships (workspace_id, user_id, role) select id, ${user!.id}, ${role} from workspaces where slug = ${slug}`;
    return { id: user!.id, email, name, slug };
  } finally {
    await sql.end();
  }
}

async function signedInContext(browser: Browser, email: string, password = PASSWORD, landing: RegExp = /\/w\//) {
  // Explicitly signed out: inside a describe with a storageState, newContext() would inherit it.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(email, password);
  await expect(page).toHaveURL(landing);
  return { context, page, login };
}

test.describe("admin", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("deactivating a signed-in member sends them to /login on their next navigation", async ({ page, browser }) => {
    // Their only membership: with no active membership left the session itself ends (with another one, they
    // would stay signed in there and only this workspace would answer 404).
    const temp = await tempMember("analyst");
    const other = await signedInContext(browser, temp.email);

    await page.goto("/w/demo-brand/settings/members");
    // A click before the members table has hydrated does nothing: click until the row says so (the button is gone
    // once the member is deactivated, so a second click cannot toggle it back).
    const row = page.getByTestId(`member-${temp.email}`);
    const deactivate = page.getByRole("button", { name: `Deactivate ${temp.name}` });
    await expect(async () => {
      if (await deactivate.isVisible()) await deactivate.click();
      await expect(row).toContainText("Deactivated", { timeout: 3_000 });
    }).toPass({ timeout: 30_000 });

    await other.page.goto("/w/demo-brand/reports");
    await expect(other.page).toHaveURL(/\/login/);
    await other.context.close();
  });

  test("changes another admin's role; their own role has no control", async ({ browser }) => {
    const temp = await tempMember("admin", { newWorkspace: "solo" });
    const { context, page } = await signedInContext(browser, temp.email);
    const member = await tempMember("manager");
    const sql = e2eSql();
    await sql`insert into memberships (workspace_id, user_id, role) select id, ${member.id}, 'admin' from workspaces where slug = ${temp.slug}`;
    await sql.end();
    await page.goto(`/w/${temp.slug}/settings/members`);
    // The other admin can be demoted once; then the signed-in admin is the last one (and cannot change themself).
    await page.getByRole("combobox", { name: `Role of ${member.name}` }).click();
    await page.getByRole("option", { name: "Analyst" }).click();
    await expect(page.getByText(`${member.name} is now Analyst.`, { exact: true })).toBeVisible();
    await expect(page.getByRole("combobox", { name: `Role of ${temp.name}` })).toHaveCount(0);
    await context.close();
  });
});

test.describe("community manager", () => {
  // Refused pages are the point here; the browser logs each refusal.
  test.use({ storageState: storageStateFor("cm"), allowedConsoleErrors: [REFUSED] });

  test("is refused on the members page and on a crafted request", async ({ page }) => {
    const response = await page.goto("/w/demo-brand/settings/members");
    expect(response?.status()).toBe(403);
    const api = await page.request.get(`/api/w/${await workspaceId("demo-brand")}/members`);
    expect(api.status()).toBe(403);
    expect((await api.json()).error).toEqual({ code: "forbidden", message: "You are not allowed to do that." });
  });
});

test.describe("manager", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("sees the members without controls", async ({ page }) => {
    await page.goto("/w/demo-brand/settings/members");
    await expect(page.getByTestId("member-admin@curtain.demo")).toContainText("Admin");
    await expect(page.getByRole("button", { name: "Add member" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^Deactivate / })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: /^Role of / })).toHaveCount(0);
    // Workspace settings are read-only for them too.
    await page.goto("/w/demo-brand/settings");
    await expect(page.getByRole("button", { name: "Save settings" })).toHaveCount(0);
  });
});

test("workspace settings save, and a bad time range is a field error", async ({ browser }) => {
  const admin = await tempMember("admin", { newWorkspace: "settings" });
  const { context, page } = await signedInContext(browser, admin.email);
  await page.goto(`/w/${admin.slug}/settings`);
  await page.getByRole("button", { name: "Add hours on Monday" }).click();
  await page.getByLabel("Monday: opens").selectOption("18:00");
  await page.getByLabel("Monday: closes").selectOption("09:00");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Each time range must start before it ends.")).toBeVisible();
  await expect(page.getByLabel("Monday: opens")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Monday: opens").selectOption("08:30");
  await page.getByLabel("Urgent").fill("20");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByText("Settings saved.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Monday: opens")).toHaveValue("08:30");
  await expect(page.getByLabel("Urgent")).toHaveValue("20");
  await context.close();
});

test("creating a workspace lands in it with the admin role", async ({ browser }) => {
  const admin = await tempMember("admin");
  const { context, page } = await signedInContext(browser, admin.email);
  const name = `Client ${Date.now()}`;
  await page.getByRole("button", { name: /Switch workspace/ }).click();
  await page.getByRole("menuitem", { name: "Create workspace" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill(name);
  await dialog.getByLabel("Time zone").fill("Europe/Vienna");
  await dialog.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${name.toLowerCase().replace(" ", "-")}/settings$`));
  await expect(page.getByTestId("current-role")).toHaveText("Admin");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Vienna");
  await context.close();
});

test("profile: name change, and a password change that keeps this session and ends the others", async ({ browser }) => {
  const temp = await tempMember("analyst");
  const other = await signedInContext(browser, temp.email);
  const { context, page, login } = await signedInContext(browser, temp.email);

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
  await page.getByLabel("Name").fill("Renamed Temp");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Renamed Temp");

  await page.getByLabel("Current password").fill("not my password");
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await page.getByLabel("Repeat new password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct.")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("a-brand-new-password");
  await page.getByLabel("Repeat new password").fill("a-brand-new-password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other sessions were signed out.", { exact: true })).toBeVisible();

  // This browser stays signed in; the other session ends on its next request.
  await page.goto("/w/demo-brand/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await other.page.goto("/w/demo-brand/reports");
  await expect(other.page).toHaveURL(/\/login/);
  await other.context.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await login.signIn(temp.email, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await login.signIn(temp.email, "a-brand-new-password");
  await expect(page).toHaveURL(/\/w\/demo-brand\//);
  await context.close();
});

test("a password change keeps this browser signed in even while the account's sign-in is throttled", async ({
  browser,
}) => {
  const temp = await tempMember("analyst");
  const { context, page } = await signedInContext(browser, temp.email);
  // As if an attacker had just pushed this account's sign-in attempts over the limit.
  const sql = e2eSql();
  await sql`insert into login_throttle (key, failures) values (${`email:${temp.email}`}, 100)`;
  await sql.end();

  await page.goto("/w/demo-brand/profile");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("changed-under-attack");
  await page.getByLabel("Repeat new password").fill("changed-under-attack");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Your other sessions were signed out.", { exact: true })).toBeVisible();
  await page.goto("/w/demo-brand/reports");
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await context.close();
});
