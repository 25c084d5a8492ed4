import postgres from "postgres";
import { migrateDatabase } from "../../migrate";
import { seedDemo } from "../../seed";
import type { Scenario } from "../context";
import { count, figure } from "../measure";

// seedDemo needs an empty database (fixed demo emails and slugs), so each repetition gets a fresh one.
const REPETITIONS = 3;

async function countRows(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string }[]>`
      select table_name as name from information_schema.tables
       where table_schema = 'public' and table_type = 'BASE TABLE'`;
    const [row] = await sql.unsafe<{ n: number }[]>(
      `select (${tables.map((t) => `(select count(*) from "${t.name}")`).join(" + ")})::int as n`,
    );
    return row!.n;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export const seed: Scenario = {
  name: "seed",
  description: `seedDemo on an empty, migrated database (${REPETITIONS} fresh databases)`,
  async run(ctx) {
    const migrateMs: number[] = [];
    const seedMs: number[] = [];
    let rows = 0;
    for (let i = 0; i < REPETITIONS; i++) {
      const name = `curtain_bench_seed_${Date.now()}_${i}`;
      const url = await ctx.server.createDatabase(name);
      try {
        let started = performance.now();
        await migrateDatabase(url);
        migrateMs.push(performance.now() - started);
        started = performance.now();
        await seedDemo(url, { now: ctx.options.now });
        seedMs.push(performance.now() - started);
        rows = await countRows(url);
        ctx.log(`seed ${i + 1}/${REPETITIONS}: ${Math.round(seedMs[i]!)} ms, ${count(rows)} rows`);
      } finally {
        await ctx.server.dropDatabase(name);
      }
    }
    return [
      figure("seed", "migrate empty database", migrateMs, { note: "all committed migrations" }),
      // Includes one argon2 hash and opening seedDemo's own connection, as `npm run db:seed` pays them too.
      figure("seed", "seedDemo", seedMs, { rows: rows * REPETITIONS, note: `${count(rows)} rows per seed` }),
    ];
  },
};
