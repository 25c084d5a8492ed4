import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db";
import { createSession, revokeSession } from "@/db/queries/sessions";
import { checkedAuthConfig } from "./live-session";
import { clientAddress, trustedProxyHops } from "./client-address";
import { checkCredentials, type SignInRefusal } from "./credentials";
import { REAUTH_PROVIDER, redeemReauthTicket } from "./reauth";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class TwoFactorRequired extends CredentialsSignin {
  code = "two_factor_required";
}
class InvalidCode extends CredentialsSignin {
  code = "invalid_code";
}
const REFUSALS: Record<SignInRefusal, new () => CredentialsSignin> = {
  invalid: InvalidCredentials,
  rate_limited: RateLimited,
  two_factor_required: TwoFactorRequired,
  invalid_code: InvalidCode,
};

/** Every successful sign-in starts a server-side session; its id goes into the cookie (see lib/auth/config.ts). */
async function withSession<User extends { id: string }>(user: User, request: Request | undefined) {
  const sessionId = await createSession(db, { userId: user.id, userAgent: request?.headers.get("user-agent") });
  return { ...user, sessionId };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...checkedAuthConfig,
  events: {
    // Signing out (the app's button or POST /api/auth/signout) ends this browser's session on the server, so a
    // copy of the cookie is worthless afterwards; the user's other devices stay signed in.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token?.sid && token.uid)
        await revokeSession(db, { sessionId: token.sid, userId: token.uid }).catch((e) =>
          console.error("[auth] sign-out", e),
        );
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, code: {} },
      async authorize(credentials, request) {
        const outcome = await checkCredentials(db, {
          email: credentials?.email,
          password: credentials?.password,
          code: credentials?.code,
          ip: clientAddress(request?.headers, trustedProxyHops()),
        });
        if (!outcome.ok) throw new REFUSALS[outcome.reason]();
        return withSession(outcome.user, request);
      },
    }),
    // Only for the server itself, right after a verified password change (see lib/auth/reauth.ts): no password,
    // no throttle, just a short-lived ticket signed with AUTH_SECRET for one user and session version.
    Credentials({
      id: REAUTH_PROVIDER,
      credentials: { ticket: {} },
      async authorize(credentials, request) {
        const user = await redeemReauthTicket(db, credentials?.ticket);
        if (!user) throw new InvalidCredentials();
        return withSession(user, request);
      },
    }),
  ],
});
