import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import type { ServerTranslator } from "@/lib/i18n/server";

type Translate = (key: string, values?: Record<string, string | number>) => string;

// A schema's own message is a key ("validation.enterName", "settings.errors.timezone"); zod's defaults are sentences.
const MESSAGE_KEY = /^[a-z][A-Za-z]*(\.[A-Za-z_]+)+$/;

/** The message key and its values for one zod issue: the schema's own key, else one in words a person uses. */
export function issueMessage(issue: z.core.$ZodIssue): { key: string; values: Record<string, string | number> } {
  const values: Record<string, string | number> = {};
  if ("minimum" in issue) values.minimum = Number(issue.minimum);
  if ("maximum" in issue) values.maximum = Number(issue.maximum);
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params))
      if (typeof value === "string" || typeof value === "number") values[name] = value;
  }
  if (MESSAGE_KEY.test(issue.message)) return { key: issue.message, values };
  const origin = "origin" in issue ? issue.origin : undefined;
  switch (issue.code) {
    case "too_small":
      if (origin === "string")
        return { key: values.minimum === 1 ? "validation.required" : "validation.tooShort", values };
      if (origin === "array" || origin === "set") return { key: "validation.tooFew", values };
      return { key: "validation.numberTooSmall", values };
    case "too_big":
      if (origin === "string") return { key: "validation.tooLong", values };
      if (origin === "array" || origin === "set") return { key: "validation.tooMany", values };
      return { key: "validation.numberTooBig", values };
    case "invalid_value":
      return { key: "validation.invalidOption", values };
    case "invalid_type":
      if (issue.input === undefined) return { key: "validation.required", values };
      return {
        key: issue.expected === "number" || issue.expected === "int" ? "validation.notANumber" : "validation.invalid",
        values,
      };
    case "invalid_format":
      return { key: issue.format === "email" ? "validation.email" : "validation.invalid", values };
    default:
      return { key: "validation.invalid", values };
  }
}

/** zod issues → translated messages per field ("businessHours.1", "slaTargets.urgent"); every issue, in one pass. */
export function translateIssues(issues: readonly z.core.$ZodIssue[], translator: ServerTranslator): FieldErrors {
  // Keys come from schemas at run time, so the translator is called untyped; messages.test.ts checks the keys exist.
  const t = translator as unknown as Translate;
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.join(".") || "_";
    const { key, values } = issueMessage(issue);
    const message = t(key, values);
    // Two checks can say the same thing (e.g. a format and a refinement): say it once.
    if (!fieldErrors[field]?.includes(message)) (fieldErrors[field] ??= []).push(message);
  }
  return fieldErrors;
}
