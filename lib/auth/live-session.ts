import type { NextAuthConfig } from "next-auth";
import { db } from "@/db/client";
import { isSessionLive } from "@/db/queries/sessions";
import { authConfig } from "./config";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
type JwtCallback = NonNullable<NonNullable<NextAuthConfig["callbacks"]>["jwt"]>;

/**
 * The token callback with the server-side check: a cookie whose session was signed out (or whose user was
 * deactivated or changed their password) yields no session. Returning null makes next-auth clear the cookie
 * instead of re-issuing it for another week — in proxy.ts, on /api/auth/session and wherever auth() runs.
 * Tokens from before sessions existed carry no session id and end too.
 */
export const liveJwt: JwtCallback = async (params) => {
  const token = await authConfig.callbacks.jwt(params);
  if (params.user) return token; // just signed in: the session row was created by authorize()
  if (!UUID.test(token.uid ?? "") || !UUID.test(token.sid ?? "") || !Number.isInteger(token.sv)) return null;
  try {
    return (await isSessionLive(db, { sessionId: token.sid!, userId: token.uid!, sessionVersion: token.sv! }))
      ? token
      : null;
  } catch (error) {
    // Unreachable database: no session for this request (fail closed), with the cause in the log.
    console.error("[auth] session check failed", error);
    return null;
  }
};

/** authConfig with the live-session check; still no argon2 or providers, so proxy.ts can use it. */
export const checkedAuthConfig = {
  ...authConfig,
  callbacks: { ...authConfig.callbacks, jwt: liveJwt },
} satisfies NextAuthConfig;
