import type { DbOrTx } from "@/db/connect";
import { recordAudit } from "@/db/queries/audit";
import type { PostActor } from "@/db/queries/posts-access";
import { transitionPost } from "@/db/queries/posts-workflow";
import { orThrow } from "@/lib/outcome";
import type { PostAction } from "./workflow";

// Audit action per workflow step: "post.submitted", "post.approved", …
const AUDIT: Record<PostAction, string> = {
  submit: "post.submitted",
  approve: "post.approved",
  reject: "post.rejected",
  schedule: "post.scheduled",
  unschedule: "post.unscheduled",
  cancel: "post.cancelled",
};

/**
 * One workflow step and its audit event in one transaction — the calendar's actions and `PATCH /api/v1/posts/{id}`
 * both take this path. Who may take which step is decided in transitionPost (permission table, speak-as, own post).
 */
export async function transitionWithAudit(
  db: DbOrTx,
  input: {
    workspaceId: string;
    actor: PostActor;
    postId: string;
    version: number;
    action: PostAction;
    comment: string;
  },
) {
  return db.transaction(async (tx) => {
    const { workspaceId, actor } = input;
    const changed = orThrow(await transitionPost(tx, input));
    await recordAudit(tx, {
      workspaceId,
      actorUserId: actor.userId,
      action: AUDIT[input.action],
      objectType: "post",
      objectId: input.postId,
      data: input.comment ? { from: changed.from, comment: input.comment } : { from: changed.from },
    });
    return { id: changed.id, status: changed.status, version: changed.version };
  });
}
