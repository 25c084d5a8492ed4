import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";
import { REAUTH_PROVIDER, redeemReauthTicket } from "./reauth";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

/**
 * The address for the per-IP throttle: the right-most X-Forwarded-For entry, i.e. the one added by the nearest
 * proxy (Next.js itself sets the socket address when no proxy did). Entries further left are client-controlled.
 */
function clientIp(request: Request | undefined) {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const outcome = await checkCredentials(db, {
          email: credentials?.email,
          password: credentials?.password,
          ip: clientIp(request),
        });
        if (!outcome.ok) throw outcome.reason === "rate_limited" ? new RateLimited() : new InvalidCredentials();
        return outcome.user;
      },
    }),
    // Only for the server itself, right after a verified password change (see lib/auth/reauth.ts): no password,
    // no throttle, just a short-lived ticket signed with AUTH_SECRET for one user and session version.
    Credentials({
      id: REAUTH_PROVIDER,
      credentials: { ticket: {} },
      async authorize(credentials) {
        const user = await redeemReauthTicket(db, credentials?.ticket);
        if (!user) throw new InvalidCredentials();
        return user;
      },
    }),
  ],
});
