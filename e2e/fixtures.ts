import { test as base, type Page } from "@playwright/test";
import postgres from "postgres";

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

export const test = base.extend<{ loginPage: LoginPage }>({
  // Playwright's fixture callback is conventionally named `use`; it is not a React hook.
  loginPage: async ({ page }, provide) => provide(new LoginPage(page)),
});
export { expect } from "@playwright/test";
