import type { z } from "zod";
import type { FieldErrors } from "@/lib/errors";
import type { ServerTranslator } from "@/lib/i18n/server";

/** zod issues → translated messages per field (validation.<kind> in the message files). */
export function translateIssues(issues: readonly z.core.$ZodIssue[], t: ServerTranslator): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.join(".") || "_";
    let message: string;
    if (issue.code === "too_small") message = t("validation.tooSmall", { minimum: Number(issue.minimum) });
    else if (issue.code === "too_big") message = t("validation.tooBig", { maximum: Number(issue.maximum) });
    else if (issue.code === "invalid_value") message = t("validation.invalidOption");
    else if (issue.code === "invalid_type" && issue.input === undefined) message = t("validation.required");
    else message = t("validation.invalid");
    (fieldErrors[field] ??= []).push(message);
  }
  return fieldErrors;
}
