import twitter from "twitter-text";
import type { Platform } from "@/db/schema/enums";

/**
 * Longest reply each platform accepts. X counts with its own weighting (URLs as 23, CJK and emoji as 2), so it is
 * measured with twitter-text itself; the others count user-perceived characters (grapheme clusters), so "👍🏽" or
 * "🇨🇭" is one character, as people and these platforms count it.
 */
export const PLATFORM_LIMITS: Record<Platform, number> = {
  x: 280,
  mastodon: 500,
  bluesky: 300,
  threads: 500,
  instagram: 2_200,
  facebook: 8_000,
  linkedin: 1_250,
  tiktok: 150,
  youtube: 10_000,
  other: 5_000,
};
/** Whatever the platform: nobody answers a comment with a book, and the database should not store one. */
export const MAX_REPLY_CHARS = 10_000;

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function graphemeCount(text: string): number {
  return Array.from(segmenter.segment(text)).length;
}

export function replyLength(text: string, platform: Platform): { length: number; limit: number; over: boolean } {
  const limit = PLATFORM_LIMITS[platform];
  const length = platform === "x" ? twitter.parseTweet(text).weightedLength : graphemeCount(text);
  return { length, limit, over: length > limit };
}
