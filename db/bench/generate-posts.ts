import type { Random } from "../seed/random";
import { generatedApprovalTrail, generatedPostStatus } from "../seed/post-history";
import { POSTS } from "../seed/texts";
import { Json } from "./copy";
import { uuidFrom, type Tables, type WorkspaceSetup } from "./generate";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Metric snapshots a post collects after publishing: the reports must pick the latest one per target.
const SNAPSHOT_AFTER = [HOUR, DAY, 7 * DAY];

/** 90 days of history and 30 days of plan (~2 posts a day), every status, growing metric snapshots when published. */
export function addPosts(t: Tables, rnd: Random, ws: WorkspaceSetup, now: Date) {
  const [brand, personaA, personaB] = ws.voices;
  const brandChannels = ws.channels.filter((c) => c.voice === brand);
  const personaChannels = ws.channels.filter((c) => c.voice === personaB);
  const today = new Date(now);
  today.setUTCHours(0, 0, 0, 0);
  for (let day = -90; day <= 30; day++) {
    const perDay = rnd.weighted([
      [0, 1],
      [1, 3],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    for (let n = 0; n < perDay; n++) {
      const voice = rnd.weighted([
        [brand!, 70],
        [personaA!, 10],
        [personaB!, 20],
      ]);
      const author = rnd.pick(voice.operators);
      const approver = ws.userIds[1]!;
      const scheduledAt = new Date(
        today.getTime() + day * DAY + rnd.int(7, 20) * HOUR + rnd.pick([0, 15, 30, 45]) * 60_000,
      );
      const past = scheduledAt.getTime() < now.getTime();
      const status = generatedPostStatus(rnd, { past, day });
      const created = scheduledAt.getTime() - rnd.int(2, 10) * DAY;
      const trail = generatedApprovalTrail(status, { created, author, approver });
      const postId = uuidFrom(rnd);
      t.posts.add({
        id: postId,
        workspace_id: ws.id,
        identity_id: voice.id,
        author_user_id: author,
        body: rnd.pick(POSTS),
        campaign: rnd.chance(0.4) ? rnd.pick(["Autumn drop", "Repair year", "Q&A", "Spring sale"]) : null,
        status,
        scheduled_at: status === "draft" && rnd.chance(0.5) ? null : scheduledAt,
        published_at: status === "published" ? scheduledAt : null,
        approval_trail: new Json(trail),
        created_at: new Date(created),
        updated_at: new Date(created + 6 * HOUR),
      });

      const pool = voice === personaB ? personaChannels : brandChannels;
      const targets = pool.filter(() => rnd.chance(0.5)).slice(0, 3);
      if (targets.length === 0) targets.push(pool[0]!);
      for (const channel of targets) {
        const targetId = uuidFrom(rnd);
        t.post_targets.add({
          id: targetId,
          workspace_id: ws.id,
          post_id: postId,
          channel_id: channel.id,
          idempotency_key: `${postId}:${channel.id}`,
          external_id: status === "published" ? `bench-post-${targetId}` : null,
          status: status === "published" ? "published" : status === "failed" ? "failed" : "pending",
          attempts: status === "published" ? 1 : status === "failed" ? 3 : 0,
          error: status === "failed" ? "The network rejected the media attachment (HTTP 400)." : null,
          published_at: status === "published" ? scheduledAt : null,
        });
        if (status !== "published") continue;
        // Personas earn more engagement per impression than the brand; both log-normal like real reach.
        const impressions = rnd.logNormal(voice.kind === "persona" ? 2500 : 6000, 0.7);
        const rate = rnd.logNormal(voice.kind === "persona" ? 0.05 : 0.022, 0.4);
        for (const after of SNAPSHOT_AFTER) {
          const at = scheduledAt.getTime() + after;
          if (at > now.getTime()) break;
          const grown = after === HOUR ? 0.3 : after === DAY ? 0.85 : 1;
          const shown = Math.round(impressions * grown);
          const engaged = Math.round(shown * rate);
          const likes = Math.round(engaged * 0.7);
          const comments = Math.round(engaged * 0.12);
          const shares = Math.round(engaged * 0.1);
          t.post_metrics.add({
            workspace_id: ws.id,
            post_id: postId,
            post_target_id: targetId,
            captured_at: new Date(at),
            impressions: shown,
            reach: Math.round(shown * 0.8),
            likes,
            comments,
            shares,
            saves: engaged - likes - comments - shares,
            clicks: Math.round(shown * 0.01),
          });
        }
      }
    }
  }
}
