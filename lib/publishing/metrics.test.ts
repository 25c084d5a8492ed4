import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { jobHealth } from "@/db/queries/publishing-health";
import { nextMetricsDelayMs } from "@/db/queries/publishing-metrics";
import { postPublishing } from "@/db/queries/publishing-read";
import { conversations, messages, postTargets } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { snapshotDueMetrics, snapshotTargetMetrics } from "./metrics";
import { publishTarget } from "./publish-target";
import { addChannel, addScheduledPost } from "./testing";

const db = testDb();
let fx: WorkspaceFixture;
beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Publishing metrics");
});

describe("metrics snapshots", () => {
  it("follows a target more often on its first day, then less, then not at all", () => {
    const hour = 3_600_000;
    expect([0, 2 * hour, 3 * 24 * hour, 10 * 24 * hour, 40 * 24 * hour].map(nextMetricsDelayMs)).toEqual([
      5 * 60_000,
      30 * 60_000,
      6 * hour,
      24 * hour,
      null,
    ]);
  });

  it("snapshots due targets, shows the latest numbers and the engagement rate, and lets the audience comment", async () => {
    const channel = await addChannel(db, fx);
    const { postId, targetIds } = await addScheduledPost(db, fx, [channel], { identity: "persona" });
    const id = targetIds[0]!;
    await publishTarget(db, { targetId: id });
    // Published a day ago: the simulated audience has had time to see it and talk back.
    await db
      .update(postTargets)
      .set({ publishedAt: new Date(Date.now() - 24 * 3_600_000) })
      .where(eq(postTargets.id, id));
    const { recorded } = await snapshotDueMetrics(db);
    expect(recorded).toBeGreaterThanOrEqual(1);

    const view = await postPublishing(db, { workspaceId: fx.workspaceId, postId });
    expect(view!.state).toBe("published");
    const metrics = view!.targets[0]!.metrics!;
    expect(metrics.impressions).toBeGreaterThan(100);
    const engaged = metrics.likes + metrics.comments + metrics.shares + metrics.saves;
    expect(view!.engagementRate).toBeCloseTo(engaged / metrics.impressions, 10);

    const inbound = await db
      .select({ conversationId: messages.conversationId })
      .from(messages)
      .where(and(eq(messages.channelId, channel), sql`${messages.externalId} like ${`sbx_c_${id}_%`}`));
    if (metrics.comments > 20) expect(inbound.length).toBeGreaterThan(0);
    expect(inbound.length).toBeLessThanOrEqual(3);
    for (const { conversationId } of inbound) {
      const [c] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
      expect(c).toMatchObject({ workspaceId: fx.workspaceId, status: "open", identityId: fx.identities.brand });
      expect(c!.waitingSince).not.toBeNull();
    }
    // A second snapshot adds numbers but no second copy of a comment.
    await snapshotTargetMetrics(db, id);
    const again = await db
      .select({ id: messages.id })
      .from(messages)
      .where(and(eq(messages.channelId, channel), sql`${messages.externalId} like ${`sbx_c_${id}_%`}`));
    expect(again).toHaveLength(inbound.length);
  });

  it("reports job health without other workspaces' errors", async () => {
    const health = await jobHealth(db, { workspaceId: fx.workspaceId });
    expect(health.totals).toMatchObject({ queued: expect.any(Number), failed: expect.any(Number) });
    expect(health.targets.published).toBeGreaterThanOrEqual(1);
    const other = await createWorkspaceFixture(db, "Publishing metrics other");
    expect((await jobHealth(db, { workspaceId: other.workspaceId })).lastError).toBeNull();
  });
});
