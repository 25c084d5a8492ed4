import type { NextAuthConfig } from "next-auth";

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionVersion: number;
    sessionId: string;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    // The server-side session row (db/schema/auth.ts) this cookie belongs to.
    sid?: string;
  }
}

// Wrong passwords and stale or tampered cookies are expected: one warning line, not an error with a stack trace.
const EXPECTED_AUTH_ERRORS = new Set(["CredentialsSignin", "JWTSessionError"]);

/**
 * The part of the auth config that needs no database. The token carries only the user id, the session version and
 * the session id; roles are always read from the database, and lib/auth/live-session.ts adds the check that the
 * session is still live (proxy.ts and the full config both use it).
 */
export const authConfig = {
  pages: { signIn: "/login" },
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  trustHost: true,
  providers: [],
  logger: {
    error(error) {
      const type = (error as { type?: string }).type ?? error.name;
      if (EXPECTED_AUTH_ERRORS.has(type)) console.warn(`[auth] ${type}`);
      else console.error(error);
    },
  },
  callbacks: {
    authorized({ auth }) {
      return Boolean(auth?.userId);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
        token.sid = (user as { sessionId?: string }).sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.uid ?? "";
      session.sessionVersion = token.sv ?? 0;
      session.sessionId = token.sid ?? "";
      return session;
    },
  },
} satisfies NextAuthConfig;
