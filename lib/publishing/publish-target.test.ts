import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { retryPostTarget } from "@/db/queries/publishing-actions";
import { channels, posts, postTargets, sandboxDeliveries } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { sandboxConnector } from "@/lib/connectors/sandbox";
import { snapshotTargetMetrics } from "./metrics";
import { addChannel, addScheduledPost, jobsFor } from "./testing";
import { publishTarget, UNKNOWN_AFTER_CRASH } from "./publish-target";
import { publishJobKey, schedulePostPublishing } from "./schedule";
import { sweepOrphanedTargets } from "./sweep";

const db = testDb();
let fx: WorkspaceFixture;
let sandbox: string;

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Publishing");
  sandbox = await addChannel(db, fx);
});

const target = async (id: string) => (await db.select().from(postTargets).where(eq(postTargets.id, id)))[0]!;
const post = async (id: string) => (await db.select().from(posts).where(eq(posts.id, id)))[0]!;
const deliveries = async (key: string) =>
  db.select().from(sandboxDeliveries).where(eq(sandboxDeliveries.idempotencyKey, key));

describe("publishTarget", () => {
  it("publishes once however many jobs race for the same target", async () => {
    const { postId, targetIds } = await addScheduledPost(db, fx, [sandbox]);
    const results = await Promise.all(Array.from({ length: 8 }, () => publishTarget(db, { targetId: targetIds[0]! })));
    expect(results.filter((r) => r.status === "published")).toHaveLength(1);
    const row = await target(targetIds[0]!);
    expect(row).toMatchObject({ status: "published", attempts: 1 });
    expect(row.externalId).toMatch(/^sbx_/);
    expect(row.externalUrl).toContain(row.externalId!);
    expect(await deliveries(row.idempotencyKey)).toHaveLength(1);
    expect((await post(postId)).status).toBe("published");
    // The first snapshot is due at once (the metrics job takes it), then in five minutes.
    expect(row.metricsDueAt!.getTime()).toBeLessThanOrEqual(Date.now());
    expect(await snapshotTargetMetrics(db, row.id)).toBe("recorded");
    const [metrics] = await db.execute<{ n: number; impressions: number }>(
      sql`select count(*)::int as n, max(impressions)::int as impressions from post_metrics where post_target_id = ${row.id}`,
    );
    expect(metrics).toMatchObject({ n: 1, impressions: expect.any(Number) });
    expect((await target(row.id)).metricsDueAt!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
  });

  it("reconciles a crash between the platform's acceptance and our acknowledgement without resending", async () => {
    const { postId, targetIds } = await addScheduledPost(db, fx, [sandbox]);
    const id = targetIds[0]!;
    const row = await target(id);
    // The platform accepted it…
    const accepted = await sandboxConnector({ db }).publishPost({
      channel: { id: sandbox, workspaceId: fx.workspaceId, platform: "instagram", handle: "x", config: null },
      targetId: id,
      body: "x",
      idempotencyKey: row.idempotencyKey,
      signal: new AbortController().signal,
    });
    // …and the worker died before recording it: the target is stuck in publishing with a lease that ran out.
    await db
      .update(postTargets)
      .set({ status: "publishing", attempts: 1, firstSentAt: new Date(), leaseExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(postTargets.id, id));
    expect(await sweepOrphanedTargets(db)).toBeGreaterThanOrEqual(1);
    expect(await jobsFor(db, publishJobKey(id))).toHaveLength(1);

    const result = await publishTarget(db, { targetId: id });
    expect(result).toEqual({ status: "published", externalId: accepted.ok ? accepted.value.externalId : "" });
    expect(await deliveries(row.idempotencyKey)).toHaveLength(1);
    expect((await post(postId)).status).toBe("published");
  });

  it("leaves a live lease alone and marks a crashed target unknown when the platform cannot be asked", async () => {
    const webhook = await addChannel(db, fx, {
      connector: "webhook",
      url: "https://127.0.0.1:9/never",
      signingSecret: "s".repeat(20),
    });
    const { postId, targetIds } = await addScheduledPost(db, fx, [webhook]);
    const id = targetIds[0]!;
    await db
      .update(postTargets)
      .set({
        status: "publishing",
        firstSentAt: new Date(Date.now() - 3_600_000),
        leaseExpiresAt: new Date(Date.now() + 60_000),
      })
      .where(eq(postTargets.id, id));
    expect(await publishTarget(db, { targetId: id })).toEqual({ status: "skipped", reason: "target is publishing" });

    await db
      .update(postTargets)
      .set({ leaseExpiresAt: new Date(Date.now() - 1) })
      .where(eq(postTargets.id, id));
    expect(await publishTarget(db, { targetId: id })).toEqual({ status: "unknown", reason: UNKNOWN_AFTER_CRASH });
    expect((await target(id)).status).toBe("unknown");
    expect((await post(postId)).status).toBe("failed");
  });

  it("retries a transient failure later with backoff and fails a permanent one at once; Retry re-queues", async () => {
    const transient = await addScheduledPost(db, fx, [sandbox], { body: "flaky [sandbox:fail]" });
    const result = await publishTarget(db, { targetId: transient.targetIds[0]! });
    expect(result.status).toBe("retry");
    expect(await target(transient.targetIds[0]!)).toMatchObject({ status: "pending", error: "network unavailable" });
    const [job] = await jobsFor(db, publishJobKey(transient.targetIds[0]!));
    expect(new Date(job!.run_at).getTime()).toBeGreaterThan(Date.now() + 5_000);

    const permanent = await addScheduledPost(db, fx, [sandbox], { body: "nope [sandbox:reject]" });
    const id = permanent.targetIds[0]!;
    expect(await publishTarget(db, { targetId: id })).toEqual({ status: "failed", reason: "rejected by the platform" });
    expect((await post(permanent.postId)).status).toBe("failed");

    const retried = await retryPostTarget(db, { workspaceId: fx.workspaceId, targetId: id });
    expect(retried.ok).toBe(true);
    expect(await target(id)).toMatchObject({ status: "pending", error: null, attempts: 0 });
    expect((await post(permanent.postId)).status).toBe("scheduled");
    expect(await jobsFor(db, publishJobKey(id))).toHaveLength(1);
    // Another workspace's target is not found, and a second retry of a pending target is a conflict.
    const other = await createWorkspaceFixture(db, "Publishing other");
    expect(await retryPostTarget(db, { workspaceId: other.workspaceId, targetId: id })).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await retryPostTarget(db, { workspaceId: fx.workspaceId, targetId: id })).toEqual({
      ok: false,
      code: "conflict",
    });
  });

  it("fails at once when the channel is disconnected or its secret no longer decrypts; partial success stays published", async () => {
    const off = await addChannel(db, fx);
    await db.update(channels).set({ status: "disconnected" }).where(eq(channels.id, off));
    const broken = await addChannel(db, fx, {
      connector: "webhook",
      url: "https://127.0.0.1:9/x",
      signingSecret: "s".repeat(20),
    });
    await db.update(channels).set({ configEncrypted: "v1.garbage" }).where(eq(channels.id, broken));
    const { postId, targetIds } = await addScheduledPost(db, fx, [sandbox, off, broken]);
    const results = await Promise.all(targetIds.map((targetId) => publishTarget(db, { targetId })));
    expect(results.map((r) => r.status).sort()).toEqual(["failed", "failed", "published"]);
    expect((await target(targetIds[1]!)).error).toBe("the channel is disconnected");
    expect((await target(targetIds[2]!)).error).toMatch(/no longer decrypt/);
    expect((await post(postId)).status).toBe("published");
  });

  it("a reschedule replaces the job's run time and an early job skips", async () => {
    const later = new Date(Date.now() + 3_600_000);
    const { postId, targetIds } = await addScheduledPost(db, fx, [sandbox], { at: later });
    const id = targetIds[0]!;
    await schedulePostPublishing(db, { workspaceId: fx.workspaceId, postId, runAt: new Date(Date.now() + 60_000) });
    await schedulePostPublishing(db, { workspaceId: fx.workspaceId, postId, runAt: later });
    const jobs = await jobsFor(db, publishJobKey(id));
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0]!.run_at).getTime()).toBe(later.getTime());
    expect(await publishTarget(db, { targetId: id })).toEqual({ status: "skipped", reason: "post was rescheduled" });
    expect((await target(id)).status).toBe("pending");
  });
});
