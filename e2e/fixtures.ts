import { test as base, type BrowserContext, type Page } from "@playwright/test";
import postgres from "postgres";
import { LOCALE_COOKIE } from "../lib/i18n/config";

/** Demo accounts seeded by db/seed (README lists them). */
export const ACCOUNTS = {
  admin: "admin@curtain.demo",
  manager: "manager@curtain.demo",
  smm: "smm@curtain.demo",
  cm: "becky@curtain.demo",
  analyst: "analyst@curtain.demo",
  jay: "jay@curtain.demo",
} as const;
export type AccountKey = keyof typeof ACCOUNTS;
export const PASSWORD = "curtain-demo";

export const storageStateFor = (account: AccountKey) => `e2e/.auth/${account}.json`;

// Every page a person works in, scanned for WCAG 2.1 A/AA problems axe can detect (labels, contrast, roles, names).
export const PAGES = [
  "/w/demo-brand/inbox",
  "/w/demo-brand/calendar",
  "/w/demo-brand/identities",
  "/w/demo-brand/reports",
  "/w/demo-brand/settings",
  "/w/demo-brand/settings/members",
  "/w/demo-brand/settings/channels",
  "/w/demo-brand/settings/audit",
  "/w/demo-brand/settings/routing",
  "/w/demo-brand/settings/import",
  "/w/demo-brand/settings/webhooks",
  "/w/demo-brand/settings/jobs",
  "/w/demo-brand/profile",
];

/** The interface language comes from this cookie first (lib/i18n/request.ts), so no user row changes. */
export async function setLanguage(context: BrowserContext, baseURL: string | undefined, locale: "en" | "de") {
  await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
}

/** Direct database access for arranging and checking state the UI cannot reach (ids, deactivation). */
export function e2eSql() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set; run through `npm run test:e2e`.");
  return postgres(url, { max: 2, onnotice: () => {} });
}

export async function workspaceId(slug: string) {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ id: string }[]>`select id from workspaces where slug = ${slug}`;
    if (!row) throw new Error(`No workspace ${slug}`);
    return row.id;
  } finally {
    await sql.end();
  }
}

/** Page object for /login. */
export class LoginPage {
  constructor(readonly page: Page) {}
  async goto() {
    await this.page.goto("/login");
  }
  async signIn(email: string, password: string) {
    await this.page.getByLabel(/^(Email|E-Mail)$/).fill(email);
    await this.page.getByLabel(/^(Password|Passwort)$/).fill(password);
    // Wait until the server action has answered and React has committed it (the form resets then), so the
    // next attempt's typing is not wiped by the previous attempt's reset.
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login"),
      this.page.getByRole("button", { name: /^(Sign in|Anmelden)$/ }).click(),
    ]);
    await this.page.waitForFunction(() => !document.querySelector("form button[type=submit][disabled]"));
  }
}

/**
 * Browser console errors and uncaught page errors fail the test that caused them (issue 6: a formatting error on
 * every page went unnoticed for weeks). A test that provokes an error on purpose lists it in
 * `test.use({ allowedConsoleErrors: [/…/] })`; the default allow-list is empty.
 */
function watchErrors(context: BrowserContext, seen: string[]) {
  const watchPage = (page: Page) => {
    page.on("console", (message) => {
      // The location names the failing resource of a "Failed to load resource" line (the page URL alone does not).
      if (message.type() === "error") {
        seen.push(`console.error on ${page.url()}: ${message.text()} [${message.location().url}]`);
      }
    });
    page.on("pageerror", (error) => seen.push(`uncaught error on ${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on("page", watchPage);
}

/** What the browser logs for a page or request the server refuses on purpose; for tests of refusals only. */
export const REFUSED = /Failed to load resource: the server responded with a status of (400|403|404) /;

export const test = base.extend<{ loginPage: LoginPage; allowedConsoleErrors: RegExp[]; failOnBrowserErrors: void }>({
  allowedConsoleErrors: [[], { option: true }],
  // Playwright's fixture callback is conventionally named `use`; it is not a React hook.
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
  failOnBrowserErrors: [
    async ({ context, browser, allowedConsoleErrors }, provide) => {
      const seen: string[] = [];
      watchErrors(context, seen);
      // Contexts a test opens itself (another account, signed out) are watched too.
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args) => {
        const created = await newContext(...args);
        watchErrors(created, seen);
        return created;
      };
      try {
        await provide();
      } finally {
        browser.newContext = newContext;
      }
      const unexpected = seen.filter((line) => !allowedConsoleErrors.some((allowed) => allowed.test(line)));
      base.expect(unexpected, "browser console errors / uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect } from "@playwright/test";
