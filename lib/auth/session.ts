import "server-only";
import { cache } from "react";
import { db } from "@/db";
import { getSessionUser, type SessionUser } from "@/db/queries/users";
import { auth } from "./index";

/**
 * The signed-in user, re-checked against the database on every request: a deactivated user or a bumped
 * session version (password or role change, sign-out everywhere) ends the session on the next request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  return (await getSessionUser(db, { userId: session.userId, sessionVersion: session.sessionVersion })) ?? null;
});
