import type { ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { freePort } from "../db/embedded";
import { e2eSql, expect, LoginPage, storageStateFor, test } from "./fixtures";
import { spawnAppServer, spawnWorker, stopProcess, waitForServer } from "./processes";
import { seedConversation } from "./seed-conversation";

/**
 * Curtain's claim: app servers are stateless and workers scale out, PostgreSQL is the only state. Next to the
 * suite's instance A (and its worker) this starts a second `next start` B and a second worker on the same
 * database. B runs with a tiny API rate limit, so a limit counted in one instance's memory would show at once.
 */
const B_API_RATE_LIMIT = 5;
let instanceB: ChildProcess | undefined;
let workerB: ChildProcess | undefined;
let baseB = "";

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.use({ storageState: storageStateFor("admin") });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const databaseUrl = process.env.E2E_DATABASE_URL!;
  const port = await freePort();
  baseB = `http://127.0.0.1:${port}`;
  instanceB = spawnAppServer({ databaseUrl, port, env: { CURTAIN_API_RATE_LIMIT: String(B_API_RATE_LIMIT) } });
  workerB = spawnWorker({ databaseUrl });
  await waitForServer(`${baseB}/login`, instanceB);
});

test.afterAll(async () => {
  await stopProcess(workerB);
  await stopProcess(instanceB);
});

test("a session made on instance A works on instance B", async ({ page }) => {
  // Cookies are per host, not per port: the session the setup project made on A goes to B as it is.
  await page.goto(`${baseB}/w/demo-brand/inbox`);
  await expect(page).toHaveURL(`${baseB}/w/demo-brand/inbox`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a reply sent through instance A appears live on instance B", async ({ page, context }) => {
  const conversation = await seedConversation();
  await page.goto(baseB + conversation.url);
  await expect(page.getByRole("heading", { name: `Conversation with E2E Fan ${conversation.tag}` })).toBeVisible();

  const pageA = await context.newPage();
  await pageA.goto(conversation.url);
  await pageA.getByLabel("Reply as").selectOption({ label: "Demo Brand" });
  await pageA.getByLabel("Your reply").fill(`Sent through A ${conversation.tag}`);
  await pageA.getByRole("button", { name: "Send", exact: true }).click();
  await expect(pageA.getByTestId("outbound-message").filter({ hasText: conversation.tag })).toBeVisible();

  // B never reloads: its live view picks the reply up from the database (polling, any number of instances).
  await expect(
    page.getByTestId("outbound-message").filter({ hasText: `Sent through A ${conversation.tag}` }),
  ).toBeVisible({
    timeout: 20_000,
  });
});

test("the sign-in throttle counts attempts made on either instance", async ({ browser }) => {
  const email = `scale-out-${randomBytes(4).toString("hex")}@example.com`;
  const attempt = async (base: string) => {
    const context = await browser.newContext({ baseURL: base, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(email, "not-the-password");
    const alert = page.getByRole("alert").first();
    await expect(alert).toBeVisible();
    const text = (await alert.textContent()) ?? "";
    await context.close();
    return text;
  };
  // Five attempts per account and address in 15 minutes: three on A and two on B use them up …
  for (const base of [undefined, undefined, undefined, baseB, baseB]) {
    expect(await attempt(base ?? test.info().project.use.baseURL!)).not.toContain("Too many failed sign-ins");
  }
  // … so the sixth is refused, on either instance.
  expect(await attempt(baseB)).toContain("Too many failed sign-ins");
});

test("API rate limits are counted in the database, not per instance", async ({ request }) => {
  const token = `ctn_${randomBytes(32).toString("base64url")}`;
  const sql = e2eSql();
  try {
    await sql`
      insert into api_tokens (workspace_id, user_id, name, token_hash, prefix, scopes, created_by_id)
      select w.id, u.id, 'scale-out', ${createHash("sha256").update(token).digest("hex")}, ${token.slice(0, 10)},
             array['all'], u.id
      from workspaces w, users u where w.slug = 'demo-brand' and u.email = 'admin@curtain.demo'`;
  } finally {
    await sql.end();
  }
  const headers = { authorization: `Bearer ${token}` };
  // A allows 600 a minute: these five pass there …
  for (let i = 0; i < B_API_RATE_LIMIT; i++) {
    expect((await request.get("/api/v1/identities", { headers })).status()).toBe(200);
  }
  // … and B, whose limit is five, sees them: its first request is the sixth of the minute.
  const fromB = await request.get(`${baseB}/api/v1/identities`, { headers });
  expect(fromB.status()).toBe(429);
  expect(Number(fromB.headers()["retry-after"])).toBeGreaterThan(0);
});

test("a post due while one worker is killed is published once by the other", async () => {
  const tag = randomBytes(4).toString("hex");
  const sql = e2eSql();
  try {
    const [channel] = await sql<{ id: string; workspace_id: string; identity_id: string }[]>`
      select c.id, c.workspace_id, c.identity_id from channels c
      join workspaces w on w.id = c.workspace_id join identities i on i.id = c.identity_id
      where w.slug = 'demo-brand' and c.connector = 'sandbox' and i.kind = 'brand' order by c.handle limit 1`;
    // Due a minute ago and without a job of its own, as if the worker that held it had died: the publish sweep
    // (cron, run by whichever worker is alive) gives it a new job.
    const [post] = await sql<{ id: string }[]>`
      insert into posts (workspace_id, identity_id, body, status, scheduled_at)
      values (${channel!.workspace_id}, ${channel!.identity_id}, ${`Scale-out ${tag}`}, 'scheduled', now() - interval '1 minute')
      returning id`;
    const key = `scale-out-${tag}`;
    await sql`insert into post_targets (workspace_id, post_id, channel_id, idempotency_key)
              values (${channel!.workspace_id}, ${post!.id}, ${channel!.id}, ${key})`;
    await stopProcess(workerB, "SIGKILL");

    await expect
      .poll(async () => (await sql`select status from post_targets where idempotency_key = ${key}`)[0]?.status, {
        timeout: 150_000,
        intervals: [2_000],
      })
      .toBe("published");
    const deliveries = await sql`select 1 from sandbox_deliveries where idempotency_key = ${key}`;
    expect(deliveries.length).toBe(1);
  } finally {
    await sql.end();
  }
});
