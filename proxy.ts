import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// Only sends anonymous visitors to /login. Authorization happens on the server for every page, action and route.
const { auth } = NextAuth(authConfig);
export const proxy = auth;

export const config = {
  matcher: ["/((?!api|login|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|ico)$).*)"],
};
