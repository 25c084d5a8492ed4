import { z } from "zod";
import { hasNameSafeCharacters, nameCharacters, textCharacters, versionSchema } from "@/lib/actions/common-schemas";
import { IDENTITY_STATUSES, type IdentityKind } from "@/db/schema/enum-values";

import { LANGUAGES, LIMITS } from "./limits";

export { LANGUAGES, LIMITS };

// Generous outer bounds keep payloads small; the precise limits come with their own clear messages (below).
// Names, handles, sign-offs and terms refuse control and text-direction characters (a name that displays as
// someone else's); free text refuses NUL and other controls but keeps line breaks.
// Checked on the list, so the message shows on the list's field (voiceGuide.banned), not on a term's index.
const terms = z
  .array(z.string().max(500))
  .max(1000)
  .refine((list) => list.every(hasNameSafeCharacters), { error: "validation.unsafeCharacters" });
const text = (max: number) => textCharacters(z.string().max(max)).default("");
const nameText = (max: number) => nameCharacters(z.string().max(max)).default("");

export const identityFieldsSchema = z.object({
  displayName: nameText(1000),
  handle: nameText(1000),
  bio: text(5000),
  languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).default([]),
  voiceGuide: z.object({
    tone: text(5000),
    use: terms.default([]),
    avoid: terms.default([]),
    banned: terms.default([]),
  }),
  signOff: nameText(1000),
  disclosure: text(5000),
});
export type IdentityFields = z.output<typeof identityFieldsSchema>;

// A new persona may get its first operators right away (members of this workspace only).
export const createPersonaSchema = identityFieldsSchema.extend({ operatorIds: z.array(z.uuid()).max(50).default([]) });
export const updateIdentitySchema = identityFieldsSchema.extend({ identityId: z.uuid(), version: versionSchema });
export const setPersonaStatusSchema = z.object({ identityId: z.uuid(), status: z.enum(IDENTITY_STATUSES) });
export const operatorSchema = z.object({ identityId: z.uuid(), userId: z.uuid() });
export const handoverPersonaSchema = z.object({ identityId: z.uuid(), fromUserId: z.uuid(), toUserId: z.uuid() });
export const setAvatarUrlSchema = z.object({
  identityId: z.uuid(),
  // An https image URL, or null to go back to initials. Uploaded files get their URL from the upload route.
  avatarUrl: z
    .url({ protocol: /^https$/ })
    .max(2000)
    .nullable(),
});

/** Trimmed, without empties, without case-insensitive duplicates, in the order given. */
export function normalizeTerms(list: readonly string[]) {
  const seen = new Set<string>();
  return list
    .map((t) => t.trim().replace(/\s+/g, " "))
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(s)].length;

export type FieldProblem = {
  field: string;
  key: "required" | "tooLong" | "tooManyTerms" | "termTooLong";
  max?: number;
};

/**
 * What is wrong with an identity's fields, as message keys per field (the action translates them). Lengths count
 * what a reader sees (grapheme clusters), so "-Bé 👩🏽‍💻" is 6 long, not 12 UTF-16 units.
 */
export function identityFieldProblems(input: IdentityFields, kind: IdentityKind): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const tooLong = (field: string, value: string, max: number) => {
    if (graphemes(value) > max) problems.push({ field, key: "tooLong", max });
  };
  if (!input.displayName.trim()) problems.push({ field: "displayName", key: "required" });
  tooLong("displayName", input.displayName.trim(), LIMITS.displayName);
  tooLong("handle", input.handle.trim(), LIMITS.handle);
  tooLong("bio", input.bio.trim(), LIMITS.bio);
  tooLong("voiceGuide.tone", input.voiceGuide.tone.trim(), LIMITS.tone);
  tooLong("disclosure", input.disclosure.trim(), LIMITS.disclosure);
  if (kind === "persona") tooLong("signOff", input.signOff.trim(), LIMITS.signOff);
  for (const list of ["use", "avoid", "banned"] as const) {
    const field = `voiceGuide.${list}`;
    const values = normalizeTerms(input.voiceGuide[list]);
    const max = list === "banned" ? LIMITS.bannedTerms : LIMITS.terms;
    if (values.length > max) problems.push({ field, key: "tooManyTerms", max });
    if (values.some((v) => graphemes(v) > LIMITS.term)) problems.push({ field, key: "termTooLong", max: LIMITS.term });
  }
  return problems;
}

/** The row values for an identity's fields (the brand has no sign-off: it never signs). */
export function identityValues(input: IdentityFields, kind: IdentityKind) {
  const orNull = (s: string) => s.trim() || null;
  return {
    displayName: input.displayName.trim(),
    handle: orNull(input.handle),
    bio: input.bio.trim(),
    languages: [...new Set(input.languages)],
    voiceGuide: {
      tone: input.voiceGuide.tone.trim(),
      use: normalizeTerms(input.voiceGuide.use),
      avoid: normalizeTerms(input.voiceGuide.avoid),
      banned: normalizeTerms(input.voiceGuide.banned),
    },
    signOff: kind === "persona" ? orNull(input.signOff) : null,
    disclosure: orNull(input.disclosure),
  };
}
