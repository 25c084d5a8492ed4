import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { getServerTranslator } from "@/lib/i18n/server";

/**
 * next-auth answers a callback URL that is not http(s) (`?callbackUrl=javascript:…`, or such a value in its
 * callback-url cookie) with a 500 "server configuration" page. Refuse a bad parameter here with a 400 instead, and
 * drop a bad cookie before next-auth sees it (it is only a remembered redirect target).
 */
const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

function isHttpUrl(value: string, base: string) {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

async function guarded(request: NextRequest, handler: (request: NextRequest) => Promise<Response>) {
  const { origin, searchParams } = request.nextUrl;
  const callbackUrl = searchParams.get("callbackUrl");
  if (callbackUrl !== null && !isHttpUrl(callbackUrl, origin)) {
    const t = await getServerTranslator();
    return Response.json({ error: { code: "bad_request", message: t("errors.bad_request") } }, { status: 400 });
  }
  const cookies = request.cookies.getAll();
  const kept = cookies.filter((c) => !CALLBACK_COOKIE.test(c.name) || isHttpUrl(c.value, origin));
  if (kept.length === cookies.length) return handler(request);
  const headers = new Headers(request.headers);
  headers.set("cookie", kept.map((c) => `${c.name}=${encodeURIComponent(c.value)}`).join("; "));
  return handler(new NextRequest(request, { headers }));
}

export const GET = (request: NextRequest) => guarded(request, handlers.GET);
export const POST = (request: NextRequest) => guarded(request, handlers.POST);
