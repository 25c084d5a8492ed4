import type { NextAuthConfig } from "next-auth";

declare module "next-auth" {
  interface Session {
    userId: string;
    sessionVersion: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
  }
}

// Wrong passwords and stale or tampered cookies are expected: one warning line, not an error with a stack trace.
const EXPECTED_AUTH_ERRORS = new Set(["CredentialsSignin", "JWTSessionError"]);

/**
 * The part of the auth config that needs no database, shared by proxy.ts and the full config. The token carries
 * only the user id and session version; roles are always read from the database.
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
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.uid ?? "";
      session.sessionVersion = token.sv ?? 0;
      return session;
    },
  },
} satisfies NextAuthConfig;
