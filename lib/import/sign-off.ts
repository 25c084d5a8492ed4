/**
 * Personal sign-offs at the end of a brand reply (API-CONTRACT "Sign-offs"): a mark (- ^ ~ *), at most one space,
 * then a name or initials, optionally followed by links. "-Becky", "- Becky", "^JAY", "^kl", "~ Ellen", "*KellenF".
 *
 * Why the shape is strict: a false positive invents a persona, so the mark must follow whitespace (not ":-)" or
 * "5-10"), the name is one token at the very end (not "- and then"), and lower-case tokens count only as initials
 * of two or three letters (so "- thanks" is no sign-off while "^kl" is).
 */
const SIGN_OFF = /(?:^|\s)([-^~*]) ?(\p{Lu}[\p{L}]{0,19}|\p{Ll}{2,3})(?:\s+https?:\/\/\S+)*\s*$/u;
/** Capitalised words people end sentences with after a dash; never a persona. */
const NOT_NAMES = new Set([
  "thanks",
  "thank",
  "thx",
  "cheers",
  "enjoy",
  "regards",
  "best",
  "love",
  "bye",
  "ok",
  "yes",
  "no",
]);

export type SignOff = {
  /** As written, without the space: "^MM", "-Becky". */ text: string;
  /** Lower-case key. */ key: string;
};

export function detectSignOff(body: string): SignOff | null {
  const match = SIGN_OFF.exec(body);
  if (!match) return null;
  const [, mark, name] = match as unknown as [string, string, string];
  if (NOT_NAMES.has(name.toLowerCase())) return null;
  const text = `${mark}${name}`;
  return { text, key: text.toLowerCase() };
}

/** Sign-offs carried by at least this many replies of one brand account become persona suggestions. */
export const PERSONA_SUGGESTION_MIN_REPLIES = 3;
