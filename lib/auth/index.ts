import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db";
import { authConfig } from "./config";
import { clientAddress, trustedProxyHops } from "./client-address";
import { checkCredentials } from "./credentials";
import { REAUTH_PROVIDER, redeemReauthTicket } from "./reauth";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
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
          ip: clientAddress(request?.headers, trustedProxyHops()),
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
