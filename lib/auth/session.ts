import "server-only";
import { cache } from "react";
import { db } from "@/db";
import { getSessionUser, type SessionUser } from "@/db/queries/users";
import { auth } from "./index";

/**
 * The signed-in user, re-checked against the database on every request: a signed-out session, a deactivated user
 * or a bumped session version (password change, last membership deactivated) ends it on the next request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.userId || !session.sessionId) return null;
  const { userId, sessionVersion, sessionId } = session;
  return (await getSessionUser(db, { userId, sessionVersion, sessionId })) ?? null;
});
