import NextAuth from "next-auth";
import type { NextFetchEvent, NextRequest } from "next/server";
import { checkedAuthConfig } from "@/lib/auth/live-session";
import { guardRequest } from "@/lib/http/request-guard";

// Only sends anonymous visitors to /login (authorization happens on the server for every page, action and route)
// and refuses requests Next.js itself would answer with a 500 (see lib/http/request-guard.ts). The session check
// also makes sure the session is still live (not signed out), so the cookie of an ended session is never re-issued.
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
  if (PUBLIC.test(request.nextUrl.pathname)) return undefined;
  return redirectAnonymous(request, event);
}

export const config = {
  // Everything but static assets: API routes and /login too, so malformed paths and server-action posts are checked.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico)$).*)"],
};
