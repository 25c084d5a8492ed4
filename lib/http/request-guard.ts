import { createTranslator } from "next-intl";
import { isSameOrigin } from "@/lib/api/origin";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";

/**
 * Refusals that must happen before Next.js routes a request, because Next answers them with a 500 in the
 * production build (seen with next 16.4): a path whose percent-encoding does not decode (`/api/w/%ff/members`),
 * and server-action POSTs that are cross-site, over the body limit, or not JSON. Run from proxy.ts; undefined
 * lets the request through. Route handlers check the same things again (lib/api/route.ts).
 */
export const ACTION_BODY_LIMIT_BYTES = 1_048_576; // next's serverActions.bodySizeLimit default (1 MB)

export async function guardRequest(request: Request): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (!decodes(url.pathname)) return refuse(request, "bad_request");
  if (request.method !== "POST" || !request.headers.has("next-action")) return undefined;
  if (!isSameOrigin(request)) return refuse(request, "forbidden");
  const body = await readAtMost(request, ACTION_BODY_LIMIT_BYTES);
  if (body === "too_large") return refuse(request, "payload_too_large");
  if (body === "broken") return refuse(request, "bad_request");
  // Arguments of a server action called from code are JSON in a text/plain body; forms send multipart, which
  // Next parses itself and answers as a 4xx when broken.
  if ((request.headers.get("content-type") ?? "").startsWith("text/plain") && !isJson(body))
    return refuse(request, "bad_request");
  return undefined;
}

function decodes(pathname: string) {
  try {
    for (const segment of pathname.split("/")) decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

function isJson(bytes: Uint8Array) {
  try {
    JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    return true;
  } catch {
    return false;
  }
}

/** Reads a copy of the body (the route still gets the original), stopping past `limit`. */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | "too_large" | "broken"> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return "too_large";
  const stream = request.clone().body;
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.byteLength;
      if (size > limit) {
        // Not awaited: cancelling one branch of a cloned (tee'd) body settles only once the other is cancelled too.
        reader.cancel().catch(() => undefined);
        return "too_large";
      }
      chunks.push(chunk.value);
    }
  } catch {
    return "broken";
  }
  const body = new Uint8Array(size);
  chunks.reduce((offset, chunk) => (body.set(chunk, offset), offset + chunk.byteLength), 0);
  return body;
}

/** The same JSON error body as every route, in the visitor's language (cookie, else Accept-Language). */
function refuse(request: Request, code: ErrorCode): Response {
  const cookie = /(?:^|;\s*)curtain_locale=([^;]*)/.exec(request.headers.get("cookie") ?? "")?.[1];
  const locale = isLocale(cookie) ? cookie : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return Response.json(
    { error: { code, message: t(`errors.${code}`) } },
    { status: ERROR_STATUS[code], headers: { "cache-control": "no-store" } },
  );
}
