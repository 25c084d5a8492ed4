import NextAuth from "next-auth";
import { checkedAuthConfig } from "@/lib/auth/live-session";

// Only sends anonymous visitors to /login (the invitation link /invite/<token> is public: its token is the key). Authorization happens on the server for every page, action and route.
// It checks that the session is still live (not signed out) so it never re-issues the cookie of an ended session.
const { auth } = NextAuth(checkedAuthConfig);
export const proxy = auth;

export const config = {
  matcher: ["/((?!api|login|invite/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico)$).*)"],
};
