import type { Platform } from "@/db/schema/enum-values";

/** Why a handle was refused; each reason has a translated message (channels.handleErrors.<reason>). */
export type HandleError = "required" | "tooLong" | "x" | "instagram" | "tiktok" | "threads" | "bluesky" | "mastodon";
export type HandleResult = { ok: true; handle: string } | { ok: false; error: HandleError };

const MAX_FREE_TEXT = 100;
// A DNS name of at least two labels whose last label is not numeric (so "1.2.3.4" is not a handle).
const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

// Usernames on these platforms are case-insensitive: storing them lower-cased lets the unique index on
// (workspace, platform, handle) catch "@DemoBrand" vs "@demobrand".
const USERNAME_RULES: Partial<Record<Platform, (name: string) => boolean>> = {
  x: (n) => /^[a-z0-9_]{1,15}$/.test(n),
  // Instagram and Threads share usernames: letters, digits, "_" and ".", no leading/trailing or double dot.
  instagram: (n) => /^[a-z0-9._]{1,30}$/.test(n) && !n.startsWith(".") && !n.endsWith(".") && !n.includes(".."),
  threads: (n) => /^[a-z0-9._]{1,30}$/.test(n) && !n.startsWith(".") && !n.endsWith(".") && !n.includes(".."),
  tiktok: (n) => /^[a-z0-9._]{2,24}$/.test(n) && !n.endsWith("."),
  bluesky: (n) => DOMAIN.test(n),
  mastodon: (n) => {
    const [user, instance, ...rest] = n.split("@");
    return rest.length === 0 && /^[a-z0-9_]{1,30}$/.test(user ?? "") && DOMAIN.test(instance ?? "");
  },
};

/**
 * Trims and normalises an account handle for its platform: "@name" for X, Instagram, Threads, TikTok and
 * Bluesky (full domain handle, e.g. @alice.bsky.social), "@user@instance" for Mastodon, and plain display text
 * (Unicode-normalised, whitespace collapsed) for Facebook, LinkedIn, YouTube and other platforms.
 */
export function normaliseHandle(platform: Platform, raw: string): HandleResult {
  const text = raw.normalize("NFC").replace(/\s+/g, " ").trim();
  if (!text) return { ok: false, error: "required" };
  const rule = USERNAME_RULES[platform];
  if (!rule) {
    if ([...text].length > MAX_FREE_TEXT) return { ok: false, error: "tooLong" };
    // Control characters would make the handle unreadable in lists and exports.
    if (/\p{Cc}/u.test(text)) return { ok: false, error: "required" };
    return { ok: true, handle: text };
  }
  const name = text.replace(/^@/, "").toLowerCase();
  if (!rule(name)) return { ok: false, error: platform as HandleError };
  return { ok: true, handle: `@${name}` };
}
