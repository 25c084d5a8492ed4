import { expect, storageStateFor, test, type AccountKey } from "./fixtures";

// Written out by hand (not derived from the permission table) so a change to the table shows up here.
const EXPECTED: Record<AccountKey, { landing: string; sections: string[] }> = {
  admin: { landing: "inbox", sections: ["Inbox", "Calendar", "Identities", "Reports", "Settings"] },
  manager: { landing: "inbox", sections: ["Inbox", "Calendar", "Identities", "Reports", "Settings"] },
  smm: { landing: "inbox", sections: ["Inbox", "Calendar", "Identities", "Reports"] },
  cm: { landing: "inbox", sections: ["Inbox", "Calendar", "Identities", "Reports"] },
  analyst: { landing: "calendar", sections: ["Calendar", "Reports"] },
  jay: { landing: "inbox", sections: ["Inbox", "Calendar", "Identities", "Reports"] },
};

for (const [account, expected] of Object.entries(EXPECTED) as [AccountKey, (typeof EXPECTED)[AccountKey]][]) {
  test.describe(`${account}`, () => {
    test.use({ storageState: storageStateFor(account) });

    test(`sees exactly ${expected.sections.join(", ")} and each opens with real rows`, async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/w/demo-brand/${expected.landing}$`));
      const nav = page.getByRole("navigation", { name: "Sections" });
      await expect(nav.getByRole("link")).toHaveText(expected.sections);
      for (const section of expected.sections) {
        await nav.getByRole("link", { name: section }).click();
        await expect(page.getByRole("heading", { level: 1, name: section })).toBeVisible();
        await expect(nav.getByRole("link", { name: section })).toHaveAttribute("aria-current", "page");
      }
    });
  });
}

test.describe("sections show seeded data", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("inbox lists conversations, identities show the brand and both personas, reports show figures", async ({
    page,
  }) => {
    await page.goto("/w/demo-brand/inbox?status=resolved");
    await expect(page.getByRole("row")).not.toHaveCount(1);
    await page.goto("/w/demo-brand/identities");
    for (const name of ["Demo Brand", "Becky", "Jay Park"])
      await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
    await expect(page.getByText("-Becky")).toBeVisible();
    await page.goto("/w/demo-brand/reports");
    await page.getByRole("button", { name: "Show as table" }).first().click();
    await expect(page.getByRole("cell", { name: "Personas" }).first()).toBeVisible();
    await page.goto("/w/demo-brand/settings/members");
    await expect(page.getByRole("cell", { name: "becky@curtain.demo" })).toBeVisible();
  });

  test("the workspace switcher lists every membership with its role", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateFor("jay") });
    const page = await context.newPage();
    await page.goto("/w/demo-brand/inbox");
    await page.getByRole("button", { name: /Switch workspace/ }).click();
    await page.getByRole("menuitem", { name: /Northwind Outdoor/ }).click();
    await expect(page).toHaveURL(/\/w\/northwind\/inbox$/);
    await expect(page.getByTestId("current-role")).toHaveText("Manager");
    await expect(page.getByRole("navigation", { name: "Sections" }).getByRole("link")).toHaveCount(5);
    await context.close();
  });

  test("the switcher's menu, loaded on first use, opens from the keyboard and gives focus back on Escape", async ({
    browser,
  }) => {
    const context = await browser.newContext({ storageState: storageStateFor("jay") });
    const page = await context.newPage();
    await page.goto("/w/demo-brand/inbox");
    const trigger = page.getByRole("button", { name: /Switch workspace/ });
    const northwind = page.getByRole("menuitem", { name: /Northwind Outdoor/ });
    // A key before hydration does nothing: press until the menu is there.
    await expect(async () => {
      await trigger.focus();
      await page.keyboard.press("Enter");
      await expect(northwind).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await page.keyboard.press("Escape");
    await expect(northwind).toBeHidden();
    await expect(trigger).toBeFocused();
    // The second time it is an ordinary menu.
    await page.keyboard.press("ArrowDown");
    await expect(northwind).toBeVisible();
    await context.close();
  });
});
