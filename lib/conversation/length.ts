import type { Platform } from "@/db/schema/enum-values";
import { graphemeCount, PLATFORM_LIMITS as LIMITS, textLength } from "@/lib/text/length";

// Replies measure with the one length module (lib/text/length.ts), which the calendar's posts share.
export { graphemeCount };
export const PLATFORM_LIMITS = LIMITS.reply;
/** Whatever the platform: nobody answers a comment with a book, and the database should not store one. */
export const MAX_REPLY_CHARS = 10_000;

export function replyLength(text: string, platform: Platform) {
  return textLength(text, platform, "reply");
}
