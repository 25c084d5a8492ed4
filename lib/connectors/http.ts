import { permanent, transient, unknownOutcome, type ConnectorFailure } from "./types";

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: Date = new Date()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,7}$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/**
 * What a non-2xx answer means for a retry: 408, 425, 429 and 5xx are worth retrying (429 honours Retry-After);
 * every other 4xx (401 revoked token, 403, 404, 422 validation) cannot succeed by repeating it.
 */
export function classifyHttpFailure(status: number, retryAfter: string | null, detail = ""): ConnectorFailure {
  const reason = `HTTP ${status}${detail ? `: ${detail.slice(0, 200)}` : ""}`;
  if (status === 429) return transient(reason, parseRetryAfter(retryAfter));
  if (status === 408 || status === 425 || status >= 500) return transient(reason);
  return permanent(reason);
}

/** A network error (refused, reset, DNS) before any answer: nothing was accepted, so retrying is safe. */
export function networkFailure(error: unknown): ConnectorFailure {
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return transient(`network error${error instanceof Error ? `: ${error.message}${cause}` : ""}`);
}

/** The error text a platform put in its JSON body ({ error } for Mastodon, { message } for bridges), if any. */
async function errorDetail(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const json = JSON.parse(text) as { error?: unknown; message?: unknown };
    const detail = json.error ?? json.message;
    return typeof detail === "string" ? detail : "";
  } catch {
    return text.length <= 200 && !text.includes("<") ? text.trim() : "";
  }
}

/**
 * Sends one request and reads a JSON answer (`shape`: an object, or a list). A 2xx whose body is not of that shape
 * is `unknown` for a request that changes something (the platform may have acted), permanent otherwise.
 */
async function request<T>(
  url: string,
  init: RequestInit & { signal: AbortSignal },
  { mutating, shape }: { mutating: boolean; shape: "object" | "list" },
): Promise<{ ok: true; value: T } | ConnectorFailure> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: "error" });
  } catch (error) {
    if (init.signal.aborted) return transient("no answer in time");
    return networkFailure(error);
  }
  if (!response.ok) {
    return classifyHttpFailure(response.status, response.headers.get("retry-after"), await errorDetail(response));
  }
  const text = await response.text().catch(() => "");
  try {
    const json: unknown = JSON.parse(text);
    const fits = shape === "list" ? Array.isArray(json) : json && typeof json === "object" && !Array.isArray(json);
    if (fits) return { ok: true, value: json as T };
  } catch {
    // falls through
  }
  const reason = `HTTP ${response.status} with an unreadable answer`;
  return mutating ? unknownOutcome(reason) : permanent(reason);
}

export function requestJson(
  url: string,
  init: RequestInit & { signal: AbortSignal },
  { mutating }: { mutating: boolean },
) {
  return request<Record<string, unknown>>(url, init, { mutating, shape: "object" });
}

/** A GET that answers with a JSON list (Mastodon's notifications). */
export function requestJsonList(url: string, init: RequestInit & { signal: AbortSignal }) {
  return request<unknown[]>(url, init, { mutating: false, shape: "list" });
}
