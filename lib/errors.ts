/** The one error vocabulary of Curtain: each code has one HTTP status and one translated message (errors.<code>). */
export const ERROR_CODES = [
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "bad_request",
  "payload_too_large",
  "rate_limited",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ERROR_STATUS: Record<ErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  bad_request: 400,
  payload_too_large: 413,
  rate_limited: 429,
};

export type FieldErrors = Record<string, string[]>;
export type ActionError = { code: ErrorCode; message: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** An expected failure. Thrown inside an action or route wrapper, it becomes a result / response, never a 500. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fieldErrors?: FieldErrors,
    readonly detail?: string,
  ) {
    super(detail ?? code);
    this.name = "AppError";
  }
  get status() {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
