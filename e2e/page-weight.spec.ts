import { e2eSql, expect, storageStateFor, test } from "./fixtures";

/**
 * First-load JavaScript per main route, as Chromium receives it (compressed bytes on the wire), in a fresh browser
 * context each (nothing cached). Prints the table (CI's log keeps it) and fails any route over its budget (hardening
 * issue): working pages 170 kB so they open fast on a phone, reports 300 kB with its first chart drawn (Recharts
 * loads lazily with the "Over time" chart, which is above the fold). Measured 2026-12-03: login 148, queue 164,
 * conversation 165, calendar 166, identities 157, reports 262, settings 159 kB — Brotli from the production server,
 * the shell's menus and most dialogs loaded on first use, drag and drop loaded on intent, messages compiled at
 * build time.
 */
const KB = 1024;
const WORKING = 170 * KB;

async function aConversation() {
  const sql = e2eSql();
  try {
    const [row] = await sql<{ id: string }[]>`
      select c.id from conversations c join workspaces w on w.id = c.workspace_id
      where w.slug = 'demo-brand' order by c.last_message_at desc limit 1`;
    return row!.id;
  } finally {
    await sql.end();
  }
}

test("first-load JavaScript per route stays within its budget", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const routes: { route: string; url: string; budget: number; signedIn: boolean }[] = [
    { route: "login", url: "/login", budget: WORKING, signedIn: false },
    { route: "queue", url: "/w/demo-brand/inbox", budget: WORKING, signedIn: true },
    { route: "conversation", url: `/w/demo-brand/inbox/${await aConversation()}`, budget: WORKING, signedIn: true },
    { route: "calendar (month)", url: "/w/demo-brand/calendar?view=month", budget: WORKING, signedIn: true },
    { route: "calendar (week)", url: "/w/demo-brand/calendar?view=week", budget: WORKING, signedIn: true },
    { route: "identities", url: "/w/demo-brand/identities", budget: WORKING, signedIn: true },
    { route: "reports", url: "/w/demo-brand/reports", budget: 300 * KB, signedIn: true },
    { route: "settings", url: "/w/demo-brand/settings", budget: WORKING, signedIn: true },
  ];
  const rows: { route: string; kB: number; budget: number; scripts: number }[] = [];
  for (const { route, url, budget, signedIn } of routes) {
    const context = await browser.newContext({
      baseURL,
      storageState: signedIn ? storageStateFor("admin") : { cookies: [], origins: [] },
    });
    const page = await context.newPage();
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    // The reports' first chart is above the fold: its (lazy) code counts, so wait until it has drawn — network idle
    // alone can come before the streamed section has asked for it.
    if (route === "reports") {
      await expect(page.locator(".recharts-surface").first()).toBeVisible();
      await page.waitForLoadState("networkidle");
    }
    const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    rows.push({ route, kB: Math.round((bytes / KB) * 10) / 10, budget: budget / KB, scripts: sizes.length });
    await context.close();
  }
  console.log(
    [
      "First-load JavaScript (compressed, Chromium):",
      ...rows.map(
        (r) =>
          `  ${r.route.padEnd(18)} ${String(r.kB).padStart(7)} kB  ${r.kB <= r.budget ? "within" : "OVER"} budget ` +
          `${r.budget} kB, ${r.scripts} files`,
      ),
    ].join("\n"),
  );
  for (const row of rows) expect(row.kB, `${row.route}: ${row.kB} kB`).toBeLessThanOrEqual(row.budget);
});
