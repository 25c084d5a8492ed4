import type { ErrorCode } from "./errors";

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
 */
export async function notFoundOrConflict(exists: () => Promise<unknown>): Promise<Failure> {
  return fail((await exists()) ? "conflict" : "not_found");
}
