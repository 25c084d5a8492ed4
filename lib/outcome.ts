import { AppError, type ErrorCode } from "./errors";

/**
 * The one outcome type for expected failures. Queries and domain functions return it and never throw
 * AppError; the action and route wrappers translate a failure into a result or an HTTP response.
 *
 * Field problems are message keys (e.g. "identities.fieldErrors.handleTaken"), not translated text: the SQL and
 * domain layers know no language. `values` fills the message's placeholders.
 */
export type FieldProblem = { key: string; values?: Record<string, string | number> };
export type Failure = { ok: false; code: ErrorCode; fields?: Record<string, FieldProblem[]> };
export type Success<T> = { ok: true; value: T };
export type Outcome<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T>;
export function ok(): Success<undefined>;
export function ok<T>(value?: T): Success<T | undefined> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, fields?: Record<string, FieldProblem[]>): Failure {
  return fields ? { ok: false, code, fields } : { ok: false, code };
}

/** A failure tied to one field, with one message key. */
export function fieldFailure(code: ErrorCode, field: string, key: string, values?: FieldProblem["values"]): Failure {
  return fail(code, { [field]: [values ? { key, values } : { key }] });
}

/**
 * A guarded UPDATE/DELETE (… WHERE id AND workspace_id AND version …) touched no row: was the object missing
 * (or in another workspace) or did someone change it first? `exists` looks the object up by id and workspace only.
 * With `refused`, a found object for which it answers true is forbidden (the guard also held a permission scope).
 */
export async function notFoundOrConflict<T>(
  exists: () => Promise<T>,
  refused?: (found: NonNullable<T>) => boolean,
): Promise<Failure> {
  const found = await exists();
  if (!found) return fail("not_found");
  return fail(refused?.(found) ? "forbidden" : "conflict");
}

/** Whether any field has a problem (for collecting every field's problems before failing once). */
export function hasProblems(fields: Record<string, FieldProblem[]>): boolean {
  return Object.values(fields).some((list) => list.length > 0);
}

/**
 * Carries a Failure out of a handler, e.g. to roll back the transaction it happened in. It is an AppError, so
 * every wrapper already treats it as expected; the wrappers translate its field problems.
 */
export class FailureError extends AppError {
  constructor(readonly failure: Failure) {
    super(failure.code);
    this.name = "FailureError";
  }
}

/** The value of a success; a failure is thrown as a FailureError for the wrapper to translate. */
export function orThrow(outcome: Failure): never;
export function orThrow<T>(outcome: Outcome<T>): T;
export function orThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new FailureError(outcome);
  return outcome.value;
}
