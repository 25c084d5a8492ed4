import { ACCOUNTS, expect, PASSWORD, storageStateFor, test, type AccountKey } from "./fixtures";

// Signs in once per role and keeps the session, so specs start signed in (dub-style setup project).
for (const account of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`sign in as ${account}`, async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn(ACCOUNTS[account], PASSWORD);
    await expect(page).toHaveURL(/\/w\/demo-brand\//);
    await page.context().storageState({ path: storageStateFor(account) });
  });
}
