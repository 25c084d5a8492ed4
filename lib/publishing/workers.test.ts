import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { postTargets } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { startWorker, type WorkerHandle } from "@/lib/jobs/worker";
import { addChannel, addScheduledPost } from "./testing";
import { schedulePostPublishing } from "./schedule";

const db = testDb();
let fx: WorkspaceFixture;
const workers: WorkerHandle[] = [];
beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Publishing workers");
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

describe("publishing with several workers", () => {
  it("publishes every target of due posts exactly once with three workers racing", async () => {
    const channelIds = [await addChannel(db, fx), await addChannel(db, fx)];
    const targetIds: string[] = [];
    for (let i = 0; i < 15; i++) {
      const post = await addScheduledPost(db, fx, channelIds);
      await schedulePostPublishing(db, { workspaceId: fx.workspaceId, postId: post.postId, runAt: new Date() });
      targetIds.push(...post.targetIds);
    }
    // A duplicate job for every target (as after a crash or a double click) must change nothing.
    for (const targetId of targetIds) {
      await db.execute(sql`select graphile_worker.add_job('publish-target', ${JSON.stringify({ targetId })}::json)`);
    }
    const url = inject("databaseUrl");
    for (let i = 0; i < 3; i++)
      workers.push(
        await startWorker({ connectionString: url, concurrency: 4, pollInterval: 200, quiet: true, cron: false }),
      );

    const deadline = Date.now() + 20_000;
    let rows: { status: string; idempotencyKey: string }[] = [];
    while (Date.now() < deadline) {
      rows = await db
        .select({ status: postTargets.status, idempotencyKey: postTargets.idempotencyKey })
        .from(postTargets)
        .where(inArray(postTargets.id, targetIds));
      if (rows.every((r) => r.status === "published")) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(rows.filter((r) => r.status === "published")).toHaveLength(30);
    const [counts] = await db.execute<{ deliveries: number; keys: number }>(sql`
      select count(*)::int as deliveries, count(distinct idempotency_key)::int as keys
      from sandbox_deliveries where idempotency_key in ${sql`(${sql.join(
        rows.map((r) => sql`${r.idempotencyKey}`),
        sql`, `,
      )})`}`);
    expect(counts).toEqual({ deliveries: 30, keys: 30 });
  });
});
