import { ACCOUNTS, expect, PASSWORD, storageStateFor, test } from "./fixtures";

test.describe("sign-in", () => {
  test("the right password lands in the dashboard with name and role", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn(ACCOUNTS.smm, PASSWORD);
    await expect(page).toHaveURL(/\/w\/demo-brand\/inbox$/);
    await expect(page.getByTestId("current-user")).toHaveText("Sam Social");
    await expect(page.getByTestId("current-role")).toHaveText("Social media manager");
  });

  test("a wrong password is refused with a clear message and the password is not kept", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn(ACCOUNTS.analyst, "not-the-password");
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel("Email")).toHaveValue(ACCOUNTS.analyst);
    await expect(page.getByLabel("Password")).toHaveValue("");
  });

  test("an unknown email gets the same message as a wrong password", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn(`nobody-${Date.now()}@curtain.demo`, PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  });

  test("empty and malformed fields get field errors", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn("not-an-email", "");
    await expect(page.locator("#email-error")).toHaveText("Enter an email address like name@example.com.");
    await expect(page.locator("#password-error")).toHaveText("Enter your password.");
  });

  test("repeated failures for one account are throttled with a clear message", async ({ page, loginPage }) => {
    const email = `throttle-${Date.now()}@curtain.demo`;
    await loginPage.goto();
    for (let attempt = 0; attempt < 5; attempt++) {
      await loginPage.signIn(email, `wrong-${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
    }
    await loginPage.signIn(email, "wrong-again");
    await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" })).toBeVisible();
  });
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("manager") });

  test("visiting /login while signed in goes to the dashboard", async ({ page }) => {
    await page.goto("/login");
    await expect(page).toHaveURL(/\/w\/demo-brand\/inbox$/);
  });
});

test("anonymous visitors are sent to /login", async ({ page }) => {
  await page.goto("/w/demo-brand/reports");
  await expect(page).toHaveURL(/\/login/);
});
