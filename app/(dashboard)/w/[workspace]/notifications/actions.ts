"use server";

import { markNotificationsRead } from "@/db/queries/notifications";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { markNotificationsReadSchema } from "@/lib/conversation/schemas";

/** Marks the caller's own notifications read; the user id comes from the session, never from the input. */
export const markNotificationsReadAction = workspaceAction(
  "conversations.view",
  markNotificationsReadSchema,
  async (input, { db, workspaceId, user }) => ({
    marked: await markNotificationsRead(db, { workspaceId, userId: user.id, ids: input.ids }),
  }),
);
