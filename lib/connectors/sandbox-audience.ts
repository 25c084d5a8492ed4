import { createHash } from "node:crypto";
import type { PostMetrics } from "./types";

/**
 * The sandbox's simulated audience: how a published post's numbers grow over the hours after publishing.
 * Deterministic from the target id and the time since publishing, so every snapshot (from any worker, any run)
 * agrees and numbers only ever grow. Brand posts reach more people; persona posts reach fewer but engage more
 * (people answer a person) — the difference the reports' brand/persona split is there to show.
 */
const TAU_HOURS = 4;

function unit(seed: string, salt: string): number {
  const digest = createHash("sha256").update(`${seed}:${salt}`).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000;
}

export function simulatedMetrics(targetId: string, identityKind: "brand" | "persona", elapsedMs: number): PostMetrics {
  const persona = identityKind === "persona";
  const finalImpressions = Math.round((persona ? 800 : 2_500) + unit(targetId, "reach") * (persona ? 3_000 : 12_000));
  // Fast at first, then levelling off; a post seen a minute after publishing already has a few views.
  const hours = Math.max(0, elapsedMs) / 3_600_000 + 1 / 60;
  const share = 1 - Math.exp(-hours / TAU_HOURS);
  const impressions = Math.floor(finalImpressions * share);
  const rate = (base: number, salt: string) => base * (persona ? 2 : 1) * (0.6 + 0.8 * unit(targetId, salt));
  return {
    impressions,
    reach: Math.floor(impressions * (0.6 + 0.2 * unit(targetId, "unique"))),
    likes: Math.floor(impressions * rate(0.03, "likes")),
    comments: Math.floor(impressions * rate(0.004, "comments")),
    shares: Math.floor(impressions * rate(0.003, "shares")),
    saves: Math.floor(impressions * rate(0.002, "saves")),
    clicks: Math.floor(impressions * rate(0.008, "clicks")),
  };
}

/** Which of a post's simulated comments become conversations in the reply queue: about one in eight, at most 3. */
export function inboundCommentIndexes(targetId: string, comments: number): number[] {
  const picked: number[] = [];
  for (let i = 0; i < comments && picked.length < 3; i++) if (unit(targetId, `comment-${i}`) < 0.125) picked.push(i);
  return picked;
}
