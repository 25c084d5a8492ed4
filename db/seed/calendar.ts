import { randomUUID } from "node:crypto";
import type { DbOrTx } from "../connect";
import { postMetrics, posts, postTargets } from "../schema";
import type { Random } from "./random";
import type { SeededTenants } from "./tenants";
import { generatedApprovalTrail, generatedPostStatus } from "./post-history";
import { POSTS } from "./texts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Four weeks of history and two weeks of plan: every post status, metrics on what was published. */
export async function seedCalendar(tx: DbOrTx, rnd: Random, t: SeededTenants, options: { now: Date }) {
  const workspaceId = t.workspaceIds.demo;
  const { brand, jay } = t.identities;
  const demoChannels = t.channels.filter((c) => c.workspaceId === workspaceId);
  const brandChannels = demoChannels.filter((c) => c.identityId === brand.id);
  const jayChannels = demoChannels.filter((c) => c.identityId === jay.id);
  const today = new Date(options.now);
  today.setUTCHours(0, 0, 0, 0);

  const postRows: (typeof posts.$inferInsert)[] = [];
  const targetRows: (typeof postTargets.$inferInsert)[] = [];
  const metricRows: (typeof postMetrics.$inferInsert)[] = [];

  for (let day = -28; day <= 14; day++) {
    const perDay = rnd.weighted([
      [0, 1],
      [1, 4],
      [2, 2],
    ]);
    for (let n = 0; n < perDay; n++) {
      const persona = rnd.chance(0.25);
      const identity = persona ? jay : brand;
      const author = persona ? t.userId.jay : rnd.chance(0.75) ? t.userId.smm : t.userId.manager;
      const scheduledAt = new Date(
        today.getTime() + day * DAY + rnd.int(8, 19) * HOUR + rnd.pick([0, 15, 30, 45]) * 60_000,
      );
      const past = scheduledAt.getTime() < options.now.getTime();
      const status = generatedPostStatus(rnd, { past, day });
      const id = randomUUID();
      const created = scheduledAt.getTime() - rnd.int(2, 10) * DAY;
      const trail = generatedApprovalTrail(status, { created, author, approver: t.userId.manager });
      postRows.push({
        id,
        workspaceId,
        identityId: identity.id,
        authorUserId: author,
        body: rnd.pick(POSTS),
        campaign: rnd.chance(0.4) ? rnd.pick(["Autumn drop", "Repair year", "Q&A"]) : null,
        status,
        scheduledAt: status === "draft" && rnd.chance(0.5) ? null : scheduledAt,
        publishedAt: status === "published" ? scheduledAt : null,
        approvalTrail: trail,
        createdAt: new Date(created),
        updatedAt: new Date(created + 6 * HOUR),
      });
      const targets = persona ? jayChannels : brandChannels.filter(() => rnd.chance(0.5)).slice(0, 3);
      if (targets.length === 0) targets.push(brandChannels[0]!);
      for (const channel of targets) {
        const targetId = randomUUID();
        targetRows.push({
          id: targetId,
          workspaceId,
          postId: id,
          channelId: channel.id,
          idempotencyKey: `${id}:${channel.id}`,
          status: status === "published" ? "published" : status === "failed" ? "failed" : "pending",
          externalId: status === "published" ? `seed-post-${targetId}` : null,
          attempts: status === "published" ? 1 : status === "failed" ? 3 : 0,
          error: status === "failed" ? "The network rejected the media attachment (HTTP 400)." : null,
          publishedAt: status === "published" ? scheduledAt : null,
        });
        if (status !== "published") continue;
        // Personas earn more engagement per impression than the brand: the report should show that shape.
        const impressions = Math.round(rnd.logNormal(persona ? 2500 : 6000, 0.6));
        const rate = rnd.logNormal(persona ? 0.05 : 0.022, 0.35);
        const engaged = Math.round(impressions * rate);
        const likes = Math.round(engaged * 0.7);
        const comments = Math.round(engaged * 0.12);
        const shares = Math.round(engaged * 0.1);
        metricRows.push({
          workspaceId,
          postId: id,
          postTargetId: targetId,
          capturedAt: new Date(Math.min(scheduledAt.getTime() + 2 * DAY, options.now.getTime())),
          impressions,
          reach: Math.round(impressions * 0.8),
          likes,
          comments,
          shares,
          saves: engaged - likes - comments - shares,
          clicks: Math.round(impressions * rnd.logNormal(0.01, 0.4)),
        });
      }
    }
  }
  await tx.insert(posts).values(postRows);
  await tx.insert(postTargets).values(targetRows);
  if (metricRows.length) await tx.insert(postMetrics).values(metricRows);
  return { posts: postRows.length, metrics: metricRows.length };
}
