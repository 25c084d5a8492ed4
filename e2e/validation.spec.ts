import type { BrowserContext, Page } from "@playwright/test";
import { e2eSql, expect, storageStateFor, test } from "./fixtures";

// Forms say what is wrong in words a person uses, all at once, in both languages; mutations do not pile up
// toasts, do not outlive Escape's order, and do not wait for the network to come back.

const settingsName = async () => {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ name: string }[]>`select name from workspaces where slug = 'demo-brand'`;
    return row!.name;
  } finally {
    await sql.end();
  }
};

async function breakEverything(page: Page, day: string, words: { opens: string; closes: string }) {
  await page.getByLabel("Name", { exact: true }).fill("");
  await page.locator("#ws-timezone").fill("Mars/Olympus");
  const hours = page.getByRole("group", { name: day });
  const opens = page.getByLabel(`${day}: ${words.opens}`).first();
  // The seeded week has Monday hours; add a range if it ever has none. The last button of the day adds one.
  if ((await opens.count()) === 0) await hours.getByRole("button").last().click();
  await opens.selectOption("18:00");
  await page.getByLabel(`${day}: ${words.closes}`).first().selectOption("08:00");
  await page.locator("#sla-urgent").fill("");
}

test.describe("workspace settings validation", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("every problem comes back from one save, in words a person uses (English)", async ({ page }) => {
    const before = await settingsName();
    await page.goto("/w/demo-brand/settings");
    await breakEverything(page, "Monday", { opens: "opens", closes: "closes" });
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Enter a name.")).toBeVisible();
    await expect(page.getByText("Unknown time zone. Use an IANA name such as Europe/Berlin.")).toBeVisible();
    await expect(page.getByText("Each time range must start before it ends.")).toBeVisible();
    await expect(page.getByText("Between 1 and 10,080 minutes.")).toBeVisible();
    await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#sla-urgent")).toHaveAttribute("aria-describedby", "sla-urgent-error");
    expect(await settingsName()).toBe(before);
  });

  test("and in German", async ({ page, context }) => {
    await setGerman(context);
    await page.goto("/w/demo-brand/settings");
    await breakEverything(page, "Montag", { opens: "öffnet", closes: "schließt" });
    await page.getByRole("button", { name: "Einstellungen speichern" }).click();
    await expect(page.getByText("Geben Sie einen Namen ein.")).toBeVisible();
    await expect(page.getByText("Zwischen 1 und 10.080 Minuten.")).toBeVisible();
    await expect(page.getByText("Jeder Zeitraum muss beginnen, bevor er endet.")).toBeVisible();
    await expect(page.getByText(/Unbekannte Zeitzone/)).toBeVisible();
  });

  test("a 400-character name is refused, not cut and saved", async ({ page }) => {
    const before = await settingsName();
    await page.goto("/w/demo-brand/settings");
    await page.getByLabel("Name", { exact: true }).fill("N".repeat(400));
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("N".repeat(400));
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Use at most 120 characters.")).toBeVisible();
    await expect(page.getByText("Settings saved.")).toHaveCount(0);
    expect(await settingsName()).toBe(before);
  });
});

async function setGerman(context: BrowserContext) {
  const url = new URL(process.env.E2E_BASE_URL!);
  await context.addCookies([{ name: "curtain_locale", value: "de", domain: url.hostname, path: "/" }]);
}

test.describe("sign-in validation", () => {
  test("empty fields ask for what is missing", async ({ page, loginPage }) => {
    await loginPage.goto();
    await loginPage.signIn("", "");
    await expect(page.getByText("Enter an email address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveAttribute("aria-describedby", "email-error");
  });
});

test.describe("offline", () => {
  // The browser is switched offline on purpose: its failed loads (link prefetches, polling) are expected.
  test.use({ storageState: storageStateFor("smm"), allowedConsoleErrors: [/net::ERR_INTERNET_DISCONNECTED/] });

  test("resolving while offline fails at once with a message and is never sent later", async ({ page, context }) => {
    await page.goto("/w/demo-brand/inbox?status=open");
    const resolve = page.getByRole("button", { name: /^Resolve \(conversation with / }).first();
    const label = (await resolve.textContent())!;
    const openTab = page.getByRole("navigation", { name: "Views" }).getByRole("link", { name: /^All/ });
    const before = (await openTab.textContent())!;

    await context.setOffline(true);
    await resolve.click();
    const offlineToast = page
      .locator("[data-slot=toast]")
      .filter({ hasText: "You are offline — nothing was changed." });
    await expect(offlineToast).toBeVisible();
    await expect(page.getByRole("button", { name: label })).toBeEnabled();
    // Screen readers hear it from the assertive region; F8 moves focus to the toasts, whose close button works.
    await expect(page.getByRole("alert").filter({ hasText: "You are offline — nothing was changed." })).toHaveCount(1);
    await page.keyboard.press("F8");
    await expect(page.getByRole("region", { name: "Notifications (F8)" })).toBeFocused();
    await offlineToast.getByRole("button", { name: "Close" }).click();
    await expect(offlineToast).toBeHidden();

    // Back online: nothing is replayed; the conversation is still open after a reload.
    await context.setOffline(false);
    await page.waitForTimeout(1500);
    await page.reload();
    await expect(page.getByRole("button", { name: label })).toBeVisible();
    await expect(openTab).toHaveText(before);
  });
});

test.describe("identities", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("handing a persona to its current operator says so on the field; one toast however often; Escape closes the dialog first", async ({
    page,
  }) => {
    await page.goto("/w/demo-brand/identities");
    await page.getByRole("button", { name: /^Operators Becky/ }).click();
    const dialog = page.getByRole("dialog", { name: /Becky/ });
    const from = await dialog.getByLabel("From", { exact: true }).inputValue();
    await dialog.getByLabel("To", { exact: true }).selectOption(from);
    await dialog.getByRole("button", { name: "Hand over persona" }).click();
    await expect(dialog.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(
      dialog.getByText("This person already operates the persona. Hand it over to someone else."),
    ).toBeVisible();
    await dialog.getByRole("button", { name: "Hand over persona" }).click();
    await dialog.getByRole("button", { name: "Hand over persona" }).click();
    const toasts = page.locator("[data-slot=toast]").filter({ hasText: "Some input is not valid." });
    await expect(toasts).toHaveCount(1);

    await dialog.getByLabel("To", { exact: true }).focus();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(toasts).toHaveCount(1);
  });
});

test.describe("every form says what is missing", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("profile, password, invite member and create workspace", async ({ page }) => {
    await page.goto("/w/demo-brand/profile");
    await page.getByLabel("Name", { exact: true }).fill(" ");
    await page.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Enter a name.")).toBeVisible();
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByText("Enter your current password.")).toBeVisible();
    await expect(page.getByText("Enter a new password.")).toBeVisible();
    await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

    await page.goto("/w/demo-brand/settings/members");
    await page.getByRole("button", { name: "Invite member" }).click();
    const add = page.getByRole("dialog");
    await add.getByRole("button", { name: "Create invitation" }).click();
    await expect(add.getByText("Enter an email address.")).toBeVisible();
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: /Switch workspace/ }).click();
    await page.getByRole("menuitem", { name: "Create workspace" }).click();
    const create = page.getByRole("dialog", { name: "Create a workspace" });
    await create.getByLabel("Name").fill("W".repeat(400));
    await create.getByRole("button", { name: "Create workspace" }).click();
    await expect(create.getByText("Use at most 120 characters.")).toBeVisible();
  });
});
