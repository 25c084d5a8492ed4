import "server-only";
import { z } from "zod";
import { translateFailure } from "@/lib/actions/translate-failure";
import { toAppError } from "@/lib/actions/to-app-error";
import { translateIssues } from "@/lib/actions/validation";
import { AppError, ERROR_STATUS, type FieldErrors } from "@/lib/errors";
import { getServerTranslator, type ServerTranslator } from "@/lib/i18n/server";
import { FailureError, type Failure } from "@/lib/outcome";
import { readBodyAtMost } from "./body";
import { isSameOrigin } from "./origin";

/**
 * How a route learns who is asking. `session` (the signed-in browser) is the one in use; an API token (bearer) or
 * an HMAC signature (inbound webhooks) are further authenticators of this shape, not further wrappers: they get
 * the raw body (already size-limited) to verify a signature over it, and say whether they ride on a cookie — only
 * cookie-authenticated state-changing requests are checked for a same-site Origin (a bearer token or a signature
 * cannot be forged by another site's page).
 */
export type RouteAuth<Ctx> = {
  cookie: boolean;
  authenticate: (request: RouteRequest) => Promise<Ctx>;
};

export type RouteRequest = {
  request: Request;
  params: Record<string, string>;
  /** The body as bytes, read once and at most `maxBodyBytes`; a larger one ends the request with 413. */
  rawBody: () => Promise<Uint8Array<ArrayBuffer>>;
};

export type RouteOptions<Ctx, Query extends z.ZodType, Body extends z.ZodType, Params extends z.ZodObject> = {
  auth: RouteAuth<Ctx>;
  /** Path parameters besides the ones the authenticator reads (e.g. identityId); malformed ones are 404. */
  params?: Params;
  query?: Query;
  /** A JSON body checked with zod (400 with field errors), or "raw" for the handler to read from rawBody. */
  body?: Body | "raw";
  /** Larger bodies are refused with 413 while being read (1 MiB unless a route needs more, e.g. avatars). */
  maxBodyBytes?: number;
  /** What a too-large body answers instead of the generic 413 message (e.g. a field error on the file input). */
  tooLarge?: Failure;
  status?: number;
};

export const DEFAULT_MAX_BODY_BYTES = 1_048_576;
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

type Input<Query extends z.ZodType, Body extends z.ZodType, Params extends z.ZodObject> = {
  query: z.output<Query>;
  body: z.output<Body>;
  params: z.output<Params>;
  request: RouteRequest;
};

/**
 * The one wrapper for route handlers (GET, POST, PATCH, DELETE): refuse a foreign Origin on cookie-authenticated
 * changes, authenticate, check path ids, read the body within its limit, parse query and body with zod, run the
 * handler, and answer JSON with `Cache-Control: no-store`. Every error is `{ error: { code, message, fields? } }`
 * with its status; nothing a client sends gives a 5xx. A handler may return a Response of its own (a file).
 */
export function route<
  Ctx,
  Result,
  Query extends z.ZodType = z.ZodObject,
  Body extends z.ZodType = z.ZodUnknown,
  Params extends z.ZodObject = z.ZodObject,
>(
  options: RouteOptions<Ctx, Query, Body, Params>,
  handler: (input: Input<Query, Body, Params>, ctx: Ctx) => Promise<Result | Response>,
) {
  return async function handle(
    request: Request,
    context?: { params?: Promise<Record<string, string>> },
  ): Promise<Response> {
    const t = await getServerTranslator();
    try {
      if (options.auth.cookie && !SAFE_METHODS.has(request.method) && !isSameOrigin(request))
        throw new AppError("forbidden");
      // A route without dynamic segments gets no params from Next.
      const params = (await context?.params) ?? {};
      const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
      let body: Promise<Uint8Array<ArrayBuffer>> | undefined;
      const rawBody = () => (body ??= readBodyAtMost(request, limit, options.tooLarge));
      const routeRequest: RouteRequest = { request, params, rawBody };
      const ctx = await options.auth.authenticate(routeRequest);
      const pathParams = (options.params ?? z.object({})).safeParse(params);
      if (!pathParams.success) throw new AppError("not_found");
      const query = (options.query ?? z.object({})).safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!query.success) return invalid(query.error.issues, t);
      let parsedBody: unknown = undefined;
      if (options.body && options.body !== "raw") {
        const json = parseJson(await rawBody());
        const checked = options.body.safeParse(json);
        if (!checked.success) return invalid(checked.error.issues, t);
        parsedBody = checked.data;
      }
      const result = await handler(
        {
          query: query.data as z.output<Query>,
          body: parsedBody as z.output<Body>,
          params: pathParams.data as z.output<Params>,
          request: routeRequest,
        },
        ctx,
      );
      if (result instanceof Response) return result;
      return json(result, options.status ?? 200);
    } catch (error) {
      return errorResponse(error, t, `${request.method} ${safePath(request)}`);
    }
  };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    throw new AppError("bad_request");
  }
}

function json(value: unknown, status: number): Response {
  return Response.json(value, { status, headers: { "cache-control": "no-store" } });
}

function invalid(issues: readonly z.core.$ZodIssue[], t: ServerTranslator) {
  return errorBody("bad_request", t("errors.bad_request"), translateIssues(issues, t), 400);
}

function errorBody(
  code: string,
  message: string,
  fields: FieldErrors | undefined,
  status: number,
  headers: Record<string, string> = {},
) {
  return Response.json(
    { error: fields ? { code, message, fields } : { code, message } },
    { status, headers: { "cache-control": "no-store", ...headers } },
  );
}

/** A 429 that says when to come back (Retry-After, in seconds). */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited");
  }
}

/** The one error → JSON mapping of every route (also used by handlers outside `route`, e.g. a failed decode). */
export function errorResponse(error: unknown, t: ServerTranslator, label: string): Response {
  const appError = toAppError(error);
  if (!appError) {
    console.error(`Route ${label} failed`, error);
    return errorBody("internal", t("errors.internal"), undefined, 500);
  }
  const { code, message, fieldErrors } = translateFailure(appError, t);
  return errorBody(
    code,
    message,
    fieldErrors,
    appError instanceof FailureError ? ERROR_STATUS[appError.failure.code] : appError.status,
    appError instanceof RateLimitedError ? { "retry-after": String(appError.retryAfterSeconds) } : {},
  );
}

// The path for the log line only; a malformed one is logged as it came.
function safePath(request: Request) {
  try {
    return new URL(request.url).pathname;
  } catch {
    return request.url;
  }
}
