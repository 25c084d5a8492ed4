import type { Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { totpCode } from "../lib/auth/two-factor";
import { violations } from "./axe";
import { e2eSql, expect, LoginPage, PASSWORD, test } from "./fixtures";

// A workspace and people of its own, so requiring two-factor sign-in here never touches the demo accounts.
const tag = `${Date.now()}`;
const slug = `two-factor-${tag}`;
const admin = `tf-admin-${tag}@curtain.test`;
const member = `tf-member-${tag}@curtain.test`;
const epoch = (offsetSeconds = 0) => Math.floor(Date.now() / 1000) + offsetSeconds;

test.beforeAll(async () => {
  const sql = e2eSql();
  try {
    const hash = await hashPassword(PASSWORD);
    const [workspace] = await sql<{ id: string }[]>`
      insert into workspaces (name, slug) values (${`Two-factor ${tag}`}, ${slug}) returning id`;
    await sql`insert into identities (workspace_id, kind, display_name) values (${workspace!.id}, 'brand', 'Two-factor brand')`;
    for (const [email, role] of [
      [admin, "admin"],
      [member, "analyst"],
    ] as const) {
      const [user] = await sql<{ id: string }[]>`
        insert into users (email, name, password_hash) values (${email}, ${role}, ${hash}) returning id`;
      await sql`insert into memberships (workspace_id, user_id, role) values (${workspace!.id}, ${user!.id}, ${role})`;
    }
  } finally {
    await sql.end();
  }
});

async function enterCode(page: Page, code: string) {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
}

// Several sign-ins in fresh browsers: more than the default 30 s on a busy machine.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test("an admin turns on two-factor sign-in, keeps the recovery codes and requires it for everyone", async ({
  page,
  loginPage,
  browser,
}) => {
  await loginPage.goto();
  await loginPage.signIn(admin, PASSWORD);
  await page.goto(`/w/${slug}/profile`);
  await expect(page.getByTestId("two-factor-status")).toHaveText("Two-factor sign-in is off.");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("img", { name: "QR code with the key for your authenticator app" })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  const secret = (await page.locator("code").first().textContent())!.trim();

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByText("That code does not match.")).toBeVisible();
  await page.getByLabel("Code from the app").fill(totpCode(secret, epoch()));
  await page.getByRole("button", { name: "Confirm and turn on" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  const codes = await page.getByTestId("recovery-codes").getByRole("listitem").allTextContents();
  await page.getByRole("button", { name: "I have saved them" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Two-factor sign-in is on. 10 recovery codes left.");

  await page.goto(`/w/${slug}/settings`);
  await page.getByLabel("Require two-factor sign-in for all members").check();
  await expect(page.getByText("Two-factor sign-in is now required for every member.", { exact: true })).toBeVisible();

  // Each sign-in in a browser of its own (a signed-in page keeps polling and would set its cookie again).
  const signInFresh = async (code: string) => {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const other = await context.newPage();
    const login = new LoginPage(other);
    await login.goto();
    await login.signIn(admin, PASSWORD);
    await expect(other.getByLabel("Authentication code")).toBeFocused();
    await enterCode(other, code);
    return { context, other };
  };
  const refusedCode = (other: Page) =>
    expect(other.getByRole("alert").filter({ hasText: "That code is not right or was already used." })).toBeVisible();

  // The password alone is not enough; a wrong code is refused; the current one signs in.
  const first = await signInFresh("123456");
  await refusedCode(first.other);
  // The next step's code: the confirming code's step is used up (replay guard), drift of one step is allowed.
  await enterCode(first.other, totpCode(secret, epoch(30)));
  await expect(first.other).toHaveURL(new RegExp(`/w/${slug}/`));
  await first.context.close();

  // A recovery code works once, typed in any case.
  const second = await signInFresh(codes[0]!.toLowerCase());
  await expect(second.other).toHaveURL(new RegExp(`/w/${slug}/`));
  await second.context.close();
  const third = await signInFresh(codes[0]!);
  await refusedCode(third.other);
  await third.context.close();

  // Turning it off needs the password.
  await page.goto(`/w/${slug}/profile`);
  await expect(page.getByTestId("two-factor-status")).toHaveText("Two-factor sign-in is on. 9 recovery codes left.");
  await page.getByRole("button", { name: "Turn off" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Password").fill("not my password");
  await dialog.getByRole("button", { name: "Turn off" }).click();
  await expect(dialog.getByText("The current password is not correct.")).toBeVisible();
  await dialog.getByLabel("Password").fill(PASSWORD);
  await dialog.getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByTestId("two-factor-status")).toHaveText("Two-factor sign-in is off.");
});

test("a member without two-factor sign-in is sent to the profile to turn it on", async ({ page, loginPage }) => {
  await loginPage.goto();
  await loginPage.signIn(member, PASSWORD);
  await page.goto(`/w/${slug}/reports`);
  await expect(page).toHaveURL(new RegExp(`/w/${slug}/profile\\?twoFactor=required$`));
  await expect(page.getByText("This workspace requires two-factor sign-in.")).toBeVisible();
});
