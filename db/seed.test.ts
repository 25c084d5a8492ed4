import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/credentials";
import { createDb, type Db } from "./connect";
import { seedDemo, seedIfEmpty } from "./seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./seed/accounts";
import { createScratchDatabase } from "./testing/fixtures";

// Seeding needs whole databases of its own (fixed slugs and emails), created next to the run's test database.
const NOW = new Date("2026-11-26T12:00:00Z");
const TABLES = [
  "workspaces",
  "users",
  "memberships",
  "identities",
  "identity_operators",
  "channels",
  "contacts",
  "conversations",
  "messages",
  "responses",
  "posts",
  "post_targets",
  "post_metrics",
] as const;

type Scratch = Awaited<ReturnType<typeof createScratchDatabase>>;
const scratches: Scratch[] = [];
let first: { db: Db; result: Awaited<ReturnType<typeof seedDemo>> };
let second: { db: Db; result: Awaited<ReturnType<typeof seedDemo>> };

async function seededDatabase() {
  const scratch = await createScratchDatabase();
  scratches.push(scratch);
  const result = await seedDemo(scratch.url, { now: NOW });
  return { db: createDb(scratch.url, { max: 2 }), result, url: scratch.url };
}

async function counts(db: Db) {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
      return [table, row!.n] as const;
    }),
  );
  return Object.fromEntries(entries);
}

beforeAll(async () => {
  [first, second] = await Promise.all([seededDatabase(), seededDatabase()]);
}, 120_000);

afterAll(async () => {
  await Promise.all([first?.db.$client.end(), second?.db.$client.end()]);
  await Promise.all(scratches.map((s) => s.drop()));
});

describe("seedDemo", () => {
  it("creates the two demo workspaces", async () => {
    const rows = await first.db.execute<{ slug: string }>(sql`select slug from workspaces order by slug`);
    expect(rows.map((r) => r.slug)).toEqual(["demo-brand", "northwind"]);
  });

  it("gives every workspace exactly one brand identity", async () => {
    const rows = await first.db.execute<{ brands: number }>(sql`
      select (select count(*) from identities i where i.workspace_id = w.id and i.kind = 'brand')::int as brands
        from workspaces w`);
    expect(rows.map((r) => r.brands)).toEqual([1, 1]);
  });

  it("lets every demo account sign in with the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const outcome = await checkCredentials(first.db, {
        email: account.email,
        password: DEMO_PASSWORD,
        ip: `seed-test-${account.key}`,
      });
      expect(outcome.ok, account.email).toBe(true);
    }
  });

  it("gives every demo account the memberships it is listed with", async () => {
    const rows = await first.db.execute<{ email: string; slug: string; role: string }>(sql`
      select u.email, w.slug, m.role::text as role
        from memberships m join users u on u.id = m.user_id join workspaces w on w.id = m.workspace_id`);
    const expected = DEMO_ACCOUNTS.flatMap((a) =>
      Object.entries(a.roles).map(([ws, role]) => `${a.email} ${ws === "demo" ? "demo-brand" : ws} ${role}`),
    );
    expect(rows.map((r) => `${r.email} ${r.slug} ${r.role}`).sort()).toEqual(expected.sort());
  });

  it("fills the calendar with posts in the workflow's statuses", async () => {
    const rows = await first.db.execute<{ status: string }>(sql`select distinct status::text as status from posts`);
    const statuses = rows.map((r) => r.status);
    for (const status of ["draft", "in_review", "approved", "scheduled", "published"])
      expect(statuses).toContain(status);
    const [metrics] = await first.db.execute<{ unpublished: number }>(sql`
      select count(*)::int as unpublished from post_metrics m join posts p on p.id = m.post_id where p.status <> 'published'`);
    expect(metrics!.unpublished).toBe(0);
  });

  it("fills every workspace's queue with answered and waiting conversations", async () => {
    const rows = await first.db.execute<{ slug: string; answered: number; waiting: number }>(sql`
      select w.slug,
             count(*) filter (where c.first_response_at is not null)::int as answered,
             count(*) filter (where c.waiting_since is not null)::int as waiting
        from conversations c join workspaces w on w.id = c.workspace_id
       group by w.slug order by w.slug`);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.answered, row.slug).toBeGreaterThan(0);
      expect(row.waiting, row.slug).toBeGreaterThan(0);
    }
  });

  it("seeds a live queue relative to the moment of seeding: mostly within SLA, some due soon, a few breached", async () => {
    const rows = await first.db.execute<{
      slug: string;
      waiting: number;
      breached: number;
      due_soon: number;
      within: number;
    }>(sql`
      select w.slug,
             count(*)::int as waiting,
             count(*) filter (where c.sla_due_at < ${NOW.toISOString()}::timestamptz)::int as breached,
             count(*) filter (where c.sla_due_at >= ${NOW.toISOString()}::timestamptz
                                and c.sla_due_at < ${NOW.toISOString()}::timestamptz + interval '30 minutes')::int as due_soon,
             count(*) filter (where c.sla_due_at >= ${NOW.toISOString()}::timestamptz + interval '30 minutes')::int as within
        from conversations c join workspaces w on w.id = c.workspace_id
       where c.status in ('open', 'pending') and c.waiting_since is not null
       group by w.slug order by w.slug`);
    const demo = rows.find((r) => r.slug === "demo-brand")!;
    expect(demo.waiting).toBeGreaterThan(20);
    expect(demo.breached).toBeGreaterThan(0);
    expect(demo.due_soon).toBeGreaterThan(0);
    // "A few": far from the 41 of 43 overdue that a fresh demo showed before (issue 6).
    expect(demo.breached / demo.waiting).toBeLessThanOrEqual(0.25);
    expect(demo.within).toBeGreaterThan(demo.breached + demo.due_soon);
    for (const row of rows) expect(row.breached / row.waiting, row.slug).toBeLessThanOrEqual(0.25);
  });

  it("assigns conversations and attributes replies only to members of the conversation's workspace", async () => {
    const [row] = await first.db.execute<{
      assignees: number;
      foreign_assignees: number;
      foreign_authors: number;
      foreign_responders: number;
    }>(sql`
      select (select count(*) from conversations where assignee_id is not null)::int as assignees,
             (select count(*) from conversations c where c.assignee_id is not null and not exists (
                select 1 from memberships m where m.workspace_id = c.workspace_id and m.user_id = c.assignee_id))::int as foreign_assignees,
             (select count(*) from messages x where x.author_user_id is not null and not exists (
                select 1 from memberships m where m.workspace_id = x.workspace_id and m.user_id = x.author_user_id))::int as foreign_authors,
             (select count(*) from responses r where r.user_id is not null and not exists (
                select 1 from memberships m where m.workspace_id = r.workspace_id and m.user_id = r.user_id))::int as foreign_responders`);
    expect(row!.assignees).toBeGreaterThan(0);
    expect(row).toMatchObject({ foreign_assignees: 0, foreign_authors: 0, foreign_responders: 0 });
  });

  it("writes response facts that agree with their own timestamps", async () => {
    const [row] = await first.db.execute<{ total: number; wrong: number; firsts: number; answered: number }>(sql`
      select count(*)::int as total,
             count(*) filter (where response_seconds <> round(extract(epoch from responded_at - wait_started_at)))::int as wrong,
             count(*) filter (where is_first)::int as firsts,
             (select count(*) from conversations where first_response_at is not null)::int as answered
        from responses`);
    expect(row!.total).toBeGreaterThan(0);
    expect(row!.wrong).toBe(0);
    expect(row!.firsts).toBe(row!.answered);
  });

  it("seeds the routing rules: the defaults in both workspaces, Becky's Instagram rule between them in the demo", async () => {
    const rows = await first.db.execute<{ slug: string; rules: string[] }>(sql`
      select w.slug, array_agg(r.target::text order by r.position) as rules
        from routing_rules r join workspaces w on w.id = r.workspace_id
       group by w.slug order by w.slug`);
    expect(rows.map((r) => [r.slug, r.rules])).toEqual([
      ["demo-brand", ["brand", "identity", "channel_voice"]],
      ["northwind", ["brand", "channel_voice"]],
    ]);
  });

  it("is deterministic in counts across two runs", async () => {
    expect(second.result).toEqual(first.result);
    const [a, b] = await Promise.all([counts(first.db), counts(second.db)]);
    expect(b).toEqual(a);
    expect(a.conversations).toBe(400);
  });

  it("leaves a seeded database alone in seedIfEmpty", async () => {
    const before = await counts(first.db);
    expect(await seedIfEmpty(scratches[0]!.url)).toBe(false);
    expect(await counts(first.db)).toEqual(before);
  });
});
