import twitter from "twitter-text";
import type { Platform } from "@/db/schema/enum-values";
import { measureText, type TextKind, type XCounter } from "./measure";

export { graphemeCount, PLATFORM_LIMITS, type LengthCheck, type TextKind } from "./measure";

/** X's exact weighting (URLs as 23, CJK and emoji as 2), from twitter-text itself. */
export const countX: XCounter = (text) => twitter.parseTweet(text).weightedLength;

/** THE length check of every text Curtain sends, exact on every platform (the server's; the browser's is lazy). */
export function textLength(text: string, platform: Platform, kind: TextKind) {
  return measureText(text, platform, kind, countX);
}
