import "server-only";
import { db, type Db } from "@/db";
import type { SessionUser } from "@/db/queries/users";
import { authorizeMember, type MemberContext } from "@/lib/auth/authorize";
import type { Permission } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import type { RouteAuth } from "./route";

/**
 * Route authenticators (see RouteAuth). Both ride on the session cookie. An `apiToken(scope)` (bearer, no cookie)
 * and a `signature(findSecret)` (HMAC over the raw body, no cookie) for inbound webhooks go here too.
 */

/** A member of the route's [workspaceId] with `permission`, read from the database like every action. */
export function memberSession(permission: Permission): RouteAuth<MemberContext & { db: Db }> {
  return {
    cookie: true,
    authenticate: async ({ params }) => ({ ...(await authorizeMember(params.workspaceId, permission)), db }),
  };
}

/** Any signed-in user (e.g. to see avatars). */
export function userSession(): RouteAuth<{ user: SessionUser }> {
  return {
    cookie: true,
    authenticate: async () => {
      const user = await currentUser();
      if (!user) throw new AppError("unauthorized");
      return { user };
    },
  };
}
