import type { Platform } from "@/db/schema/enum-values";

/**
 * THE length rules of every text Curtain sends (replies and posts). X counts with its own weighting (URLs as 23,
 * CJK and emoji as 2), so it is measured with twitter-text itself; the others count user-perceived characters
 * (grapheme clusters), so "👍🏽" or "🇨🇭" is one character, as people and these platforms count it.
 *
 * A platform allows longer posts than comments on some networks (LinkedIn: 3,000 for a post, 1,250 for a
 * comment; Facebook: 63,206 vs 8,000), so the limit depends on what is written.
 */
export type TextKind = "reply" | "post";

export const PLATFORM_LIMITS: Record<TextKind, Record<Platform, number>> = {
  reply: {
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
  },
  post: {
    x: 280,
    mastodon: 500,
    bluesky: 300,
    threads: 500,
    instagram: 2_200,
    facebook: 63_206,
    linkedin: 3_000,
    tiktok: 2_200,
    youtube: 5_000,
    other: 5_000,
  },
};

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export function graphemeCount(text: string): number {
  // Counted by iterating, not by building an array: a 63,206-character Facebook post is counted on every keystroke.
  const segments = segmenter.segment(text)[Symbol.iterator]();
  let count = 0;
  while (!segments.next().done) count++;
  return count;
}

export type LengthCheck = { length: number; limit: number; over: boolean };

/** How X weighs a text (twitter-text's `weightedLength`); passed in so the browser can load twitter-text lazily. */
export type XCounter = (text: string) => number;

export function measureText(text: string, platform: Platform, kind: TextKind, countX: XCounter): LengthCheck {
  const limit = PLATFORM_LIMITS[kind][platform];
  const length = platform === "x" ? countX(text) : graphemeCount(text);
  return { length, limit, over: length > limit };
}

/**
 * Until twitter-text has arrived in the browser (a few milliseconds after the composer mounts): graphemes, with
 * every link counted as 23 as X does. Off only for CJK and some emoji; the server always counts exactly.
 */
export const approximateX: XCounter = (text) => {
  let urls = 0;
  const rest = text.replace(/\bhttps?:\/\/\S+/gi, () => {
    urls++;
    return "";
  });
  return graphemeCount(rest) + 23 * urls;
};
