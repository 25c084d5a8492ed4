import { z } from "zod";

// Field problems are message keys (validation.*, or a feature's own); lib/actions/validation.ts translates them,
// filling in the issue's limits (minimum, maximum) and any `params`.

/** Optimistic-concurrency version as read from an `integer` column: larger numbers would overflow in SQL. */
export const versionSchema = z.number().int().positive().max(2_147_483_647);

// C0 and C1 control characters (NUL included: PostgreSQL refuses it in text), and the bidirectional embeddings,
// overrides and isolates, which can make a name display as someone else's ("‮nimda" shows as "admin").
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
// Free text may have line breaks and tabs; other controls (NUL above all) are refused.
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasNameSafeCharacters = (value: string) => !CONTROL.test(value) && !BIDI.test(value);

/** The character rules of every name, handle and sign-off, added to a string schema. */
export function nameCharacters<T extends z.ZodString>(schema: T) {
  return schema
    .refine((v) => !CONTROL.test(v), { error: "validation.controlCharacters" })
    .refine((v) => !BIDI.test(v), { error: "validation.bidiCharacters" });
}

/** The character rule of free text (bios, tones, disclosures): line breaks yes, NUL and other controls no. */
export function textCharacters<T extends z.ZodString>(schema: T) {
  return schema.refine((v) => !TEXT_CONTROL.test(v), { error: "validation.controlCharactersInText" });
}

/** A person's or a workspace's name: trimmed, required ("Enter a name"), at most `max`, safe characters. */
export function nameSchema(max: number) {
  return nameCharacters(
    z
      .string({ error: "validation.enterName" })
      .trim()
      .min(1, { error: "validation.enterName" })
      .max(max, { error: "validation.tooLong" }),
  );
}

/** An email address, trimmed and lower-cased: "Enter an email address" when empty, then its form. */
export const emailSchema = z
  .string({ error: "validation.enterEmail" })
  .trim()
  .toLowerCase()
  .min(1, { error: "validation.enterEmail" })
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

/**
 * A whole number between min and max, from a number or the text of a number field ("" and "abc" are refused).
 * One message for every way it can be wrong, e.g. "Between 1 and 10,080 minutes".
 */
export function wholeNumberSchema(min: number, max: number, key: string) {
  return z.unknown().transform((value, ctx) => {
    const n =
      typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
    if (Number.isInteger(n) && n >= min && n <= max) return n;
    ctx.addIssue({ code: "custom", message: key, params: { min, max } });
    return z.NEVER;
  });
}
