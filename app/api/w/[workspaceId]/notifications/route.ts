import { listNotifications } from "@/db/queries/notifications";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";

/** The caller's own notifications in this workspace (header menu), polled with the unread count. */
export const GET = route({ auth: memberSession("conversations.view") }, (_input, { db, workspaceId, user }) =>
  listNotifications(db, { workspaceId, userId: user.id }),
);
