import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/db";
import { env } from "@/lib/env";
import { authConfig } from "./config";
import { checkCredentials } from "./credentials";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

function clientIp(request: Request | undefined) {
  const forwarded = request?.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request?.headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env().AUTH_SECRET,
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
  ],
});
