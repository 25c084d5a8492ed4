import { z } from "zod";
import { listNotifications } from "@/db/queries/notifications";
import { workspaceRoute } from "@/lib/api/workspace-route";

/** The caller's own notifications in this workspace (header menu), polled with the unread count. */
export const GET = workspaceRoute("inbox.view", z.object({}), (_query, { db, workspaceId, user }) => listNotifications(db, { workspaceId, userId: user.id }));
