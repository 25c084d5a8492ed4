import { ACCOUNTS, expect, PASSWORD, storageStateFor, test, type AccountKey } from "./fixtures";

// Signs in once per role and keeps the session, so specs start signed in (dub-style setup project).
for (const account of Object.keys(ACCOUNTS) as AccountKey[]) {
  test(`sign in as ${account}`, async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn(ACCOUNTS[account], PASSWORD);
    // Generous: under `next dev` the first visit compiles the dashboard.
    await expect(page).toHaveURL(/\/w\/demo-brand\//, { timeout: 30_000 });
    await page.context().storageState({ path: storageStateFor(account) });
  });
}
