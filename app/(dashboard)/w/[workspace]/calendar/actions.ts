"use server";

import { recordAudit } from "@/db/queries/audit";
import { approvePost } from "@/db/queries/posts";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { approvePostSchema } from "@/lib/calendar/schemas";
import { orThrow } from "@/lib/outcome";
import { schedulePostPublishing } from "@/lib/publishing/schedule";

export const approvePostAction = workspaceAction(
  "posts.approve",
  approvePostSchema,
  async (input, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const post = orThrow(await approvePost(tx, { workspaceId, ...input, userId: user.id }));
      // An approved post with a time is scheduled: its publish jobs exist exactly when this commits.
      if (post.status === "scheduled" && post.scheduledAt) {
        await schedulePostPublishing(tx, { workspaceId, postId: post.id, runAt: post.scheduledAt });
      }
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "post.approved",
        objectType: "post",
        objectId: input.postId,
      });
      return post;
    }),
);
