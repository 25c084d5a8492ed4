import { sql } from "drizzle-orm";
import { createDb } from "./connect";
import { seedCalendar } from "./seed/calendar";
import { seedInbox } from "./seed/inbox";
import { createRandom } from "./seed/random";
import { seedRouting } from "./seed/routing";
import { seedSavedReplies } from "./seed/saved-replies";
import { seedTenants } from "./seed/tenants";

/** Seeds the demo workspaces in one transaction: either all of it lands or nothing does. */
export async function seedDemo(url: string, options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const db = createDb(url, { max: 1 });
  try {
    return await db.transaction(async (tx) => {
      const rnd = createRandom(20261126);
      const tenants = await seedTenants(tx);
      const demo = await seedInbox(tx, rnd, tenants, {
        workspaceId: tenants.workspaceIds.demo,
        conversations: 360,
        now,
      });
      const northwind = await seedInbox(tx, rnd, tenants, {
        workspaceId: tenants.workspaceIds.northwind,
        conversations: 40,
        now,
      });
      // Its own stream: a change to how the inbox draws does not reshuffle the calendar (and the other way round).
      const calendar = await seedCalendar(tx, createRandom(20261127), tenants, { now });
      await seedSavedReplies(tx, tenants);
      await seedRouting(tx, tenants);
      return { demo, northwind, calendar };
    });
  } finally {
    await db.$client.end();
  }
}

/** Seeds only an empty database (no workspaces), so restarts keep what people changed. */
export async function seedIfEmpty(url: string) {
  const db = createDb(url, { max: 1 });
  try {
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from workspaces`);
    if (rows[0]!.n > 0) return false;
  } finally {
    await db.$client.end();
  }
  await seedDemo(url);
  return true;
}
