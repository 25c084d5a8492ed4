"use server";

import { recordAudit } from "@/db/queries/audit";
import { publishPostNow, retryPostTarget } from "@/db/queries/publishing-actions";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { orThrow } from "@/lib/outcome";
import { publishNowSchema, retryTargetSchema } from "@/lib/publishing/schemas";

/** "Publish now": the post's targets go out at once (roles with posts.publish). */
export const publishNowAction = workspaceAction(
  "posts.publish",
  publishNowSchema,
  async (input, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const post = orThrow(await publishPostNow(tx, { workspaceId, ...input, userId: user.id }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "post.publish_now",
        objectType: "post",
        objectId: input.postId,
      });
      return post;
    }),
);

/** "Retry" a failed (or checked unknown) target. */
export const retryTargetAction = workspaceAction(
  "posts.publish",
  retryTargetSchema,
  async (input, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const target = orThrow(await retryPostTarget(tx, { workspaceId, targetId: input.targetId }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "post.target_retried",
        objectType: "post",
        objectId: target.postId,
      });
      return target;
    }),
);
