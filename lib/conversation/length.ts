import type { Platform } from "@/db/schema/enum-values";
import { graphemeCount, measureText, PLATFORM_LIMITS as LIMITS, type XCounter } from "@/lib/text/measure";

// Replies measure with the one length rule (lib/text/measure.ts), which the calendar's posts share.
export { graphemeCount };
export const PLATFORM_LIMITS = LIMITS.reply;
/** Whatever the platform: nobody answers a comment with a book, and the database should not store one. */
export const MAX_REPLY_CHARS = 10_000;

/** `countX`: `countX` of lib/text/length.ts on the server, `useXCounter()` in the browser. */
export function replyLength(text: string, platform: Platform, countX: XCounter) {
  return measureText(text, platform, "reply", countX);
}
