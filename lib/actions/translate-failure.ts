import type { ActionError, AppError, FieldErrors } from "@/lib/errors";
import type { ServerTranslator } from "@/lib/i18n/server";
import { FailureError, type Failure, type FieldProblem } from "@/lib/outcome";
import { toAppError } from "./to-app-error";

/** Field problems (message keys) → translated messages per field. */
export function translateProblems(fields: Record<string, FieldProblem[]>, t: ServerTranslator): FieldErrors {
  // Keys come from the SQL and domain layers as plain strings; the message files' test checks they all exist.
  const translate = t as unknown as (key: string, values?: FieldProblem["values"]) => string;
  const out: FieldErrors = {};
  for (const [field, problems] of Object.entries(fields)) {
    if (problems.length) out[field] = problems.map((p) => translate(p.key, p.values));
  }
  return out;
}

/** The one translation of an expected failure: errors.<code> plus the translated field errors, if any. */
export function translateFailure(failure: Failure | AppError, t: ServerTranslator): ActionError {
  const known = failure instanceof FailureError ? failure.failure : failure;
  const fieldErrors =
    "ok" in known ? (known.fields ? translateProblems(known.fields, t) : undefined) : known.fieldErrors;
  return fieldErrors
    ? { code: known.code, message: t(`errors.${known.code}`), fieldErrors }
    : { code: known.code, message: t(`errors.${known.code}`) };
}

/**
 * The catch of every action wrapper: an expected failure becomes a translated result; anything else is logged
 * with its cause and rethrown to the error page.
 */
export function failureResult(error: unknown, t: ServerTranslator, label: string): { ok: false; error: ActionError } {
  const appError = toAppError(error);
  if (!appError) {
    console.error(`${label} failed`, error);
    throw error;
  }
  return { ok: false, error: translateFailure(appError, t) };
}
