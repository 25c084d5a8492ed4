import type { IdentityKind } from "@/db/schema/enum-values";
import type { VoiceGuide } from "@/db/schema/identities";
import { escapeRegExp } from "@/lib/regexp";

export type SigningIdentity = { id: string; kind: IdentityKind; signOff: string | null };
/** The account a reply goes out through; `identityId` is the identity that owns it. */
export type SendingChannel = { identityId: string };

// One or more links at the very end of the body, with the whitespace before them.
const TRAILING_LINKS = /(?:^|\s+)(?:https?:\/\/\S+\s*)+$/u;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

const fold = (s: string) => s.normalize("NFC").toLowerCase().replaceAll("ß", "ss");

function endsWithSignOff(text: string, signOff: string) {
  const body = fold(text);
  const mark = fold(signOff);
  if (!body.endsWith(mark)) return false;
  // "-Becky" is present in "Thanks!-Becky", but a bare "Jay" is not present in "Okay"-like word endings.
  const before = body.slice(0, body.length - mark.length);
  return before === "" || !WORD_CHAR.test(mark[0]!) || !WORD_CHAR.test(before.at(-1)!);
}

/**
 * Signs a persona's reply that goes out through an account the persona does not own (the brand's account), so
 * readers see who answered: "Thanks! -Becky". Brand replies and replies through the persona's own account are
 * left alone.
 *
 * Trailing links stay last ("Thanks! -Becky https://x.y"): that is how support teams sign on X (the TWCS sample
 * has "… ^RR https://t.co/…", never a sign-off after a link), and platforms build link previews from the last URL.
 * A multi-line reply gets the sign-off on its own line, like a letter; a one-liner gets it after a space.
 * Trailing whitespace is dropped, everything else is kept as written; an already signed body is not signed again.
 */
export function applySignOff(body: string, identity: SigningIdentity, channel: SendingChannel): string {
  const signOff = identity.signOff?.trim();
  if (identity.kind !== "persona" || !signOff || channel.identityId === identity.id) return body;
  if (body.trim() === "") return body;

  const trimmed = body.trimEnd();
  const links = TRAILING_LINKS.exec(trimmed);
  const text = links ? trimmed.slice(0, links.index) : trimmed;
  const tail = links ? ` ${links[0].trim()}` : "";
  if (endsWithSignOff(text, signOff)) return body;
  if (text.trim() === "") return `${signOff}${tail}`;
  const separator = text.includes("\n") ? "\n" : " ";
  return `${text}${separator}${signOff}${tail}`;
}

export type VoiceCheck = { banned: string[]; avoid: string[] };

function termPattern(term: string) {
  const folded = fold(term.trim());
  const escaped = escapeRegExp(folded).replace(/\s+/g, "\\s+");
  // Word boundaries only where the term itself starts or ends with a letter or digit, so "cheap" does not match
  // "cheaper" and an emoji term matches wherever it appears. \b is ASCII-only; these lookarounds know umlauts.
  const start = WORD_CHAR.test(folded[0] ?? "") ? "(?<![\\p{L}\\p{M}\\p{N}_])" : "";
  const end = WORD_CHAR.test(folded.at(-1) ?? "") ? "(?![\\p{L}\\p{M}\\p{N}_])" : "";
  return new RegExp(`${start}${escaped}${end}`, "u");
}

function found(text: string, terms: readonly string[]) {
  const seen = new Set<string>();
  const hits: string[] = [];
  for (const term of terms) {
    const key = fold(term.trim());
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (termPattern(term).test(text)) hits.push(term.trim());
  }
  return hits;
}

/**
 * Which banned terms (block sending) and words to avoid (warnings) a body contains, in the guide's spelling and
 * order. Case-insensitive, Unicode-normalised (composed and decomposed umlauts are equal), "ß" equals "ss".
 */
export function checkVoice(body: string, guide: Pick<VoiceGuide, "banned" | "avoid">): VoiceCheck {
  const text = fold(body);
  return { banned: found(text, guide.banned), avoid: found(text, guide.avoid) };
}
