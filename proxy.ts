import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { checkedAuthConfig } from "@/lib/auth/live-session";
import { contentSecurityPolicy, newNonce } from "@/lib/http/content-security-policy";
import { guardRequest } from "@/lib/http/request-guard";

// Only sends anonymous visitors to /login (authorization happens on the server for every page, action and route),
// refuses requests Next.js itself would answer with a 500 (see lib/http/request-guard.ts), and gives every page
// its Content-Security-Policy with a fresh nonce. The session check also makes sure the session is still live (not
// signed out), so the cookie of an ended session is never re-issued.
const { auth } = NextAuth(checkedAuthConfig);
const redirectAnonymous = auth as unknown as (
  request: NextRequest,
  event: NextFetchEvent,
) => Promise<Response | undefined>;

// Paths anonymous visitors may reach: the API answers 401 itself, /login is where they are sent, and the
// invitation link /invite/<token> carries its own key.
const PUBLIC = /^\/(api|login|invite\/)/;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const refused = await guardRequest(request);
  if (refused) return refused;
  const { pathname } = request.nextUrl;
  const answer = PUBLIC.test(pathname) ? undefined : await redirectAnonymous(request, event);
  // /api has its own fixed policy (next.config.ts); a redirect to /login has no body to protect.
  if (pathname.startsWith("/api/") || (answer && !answer.headers.has("x-middleware-next"))) return answer;

  const csp = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  // Keep what the session check answered (a refreshed or cleared session cookie).
  for (const cookie of answer?.headers.getSetCookie() ?? []) response.headers.append("set-cookie", cookie);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Everything but static assets: API routes and /login too, so malformed paths and server-action posts are checked.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico)$).*)"],
};
