"use server";

import { recordAudit } from "@/db/queries/audit";
import { addPostComment } from "@/db/queries/posts-detail";
import { reschedulePost } from "@/db/queries/posts-workflow";
import { workspaceAction, type ActionContext } from "@/lib/actions/workspace-action";
import {
  approvePostSchema,
  postCommentSchema,
  reschedulePostSchema,
  savePostSchema,
  transitionPostSchema,
} from "@/lib/calendar/schemas";
import { savePostWithAudit } from "@/lib/calendar/save";
import { transitionWithAudit } from "@/lib/calendar/transition";
import type { PostAction } from "@/lib/calendar/workflow";
import { fail, orThrow } from "@/lib/outcome";

const actorOf = ({ user, membership }: ActionContext) => ({ userId: user.id, role: membership.role });

/** Creates or updates a draft (the composer's autosave). posts.create; the voice rule is checked per post. */
export const savePostAction = workspaceAction("posts.create", savePostSchema, async (input, ctx) => {
  const saved = await savePostWithAudit(ctx.db, {
    workspaceId: ctx.workspaceId,
    actor: actorOf(ctx),
    input,
    timeZone: ctx.membership.workspace.timezone,
  });
  return { id: saved.id, version: saved.version, status: saved.status };
});

function transition(
  input: { postId: string; version: number; action: PostAction; comment: string },
  ctx: ActionContext,
) {
  return transitionWithAudit(ctx.db, { workspaceId: ctx.workspaceId, actor: actorOf(ctx), ...input });
}

/**
 * One workflow step. posts.create opens the door; who may take which step is the workflow's rule (permission table
 * + speak-as + own post), checked in transitionPost with the post locked.
 */
export const transitionPostAction = workspaceAction("posts.create", transitionPostSchema, transition);

/** Kept for the calendar's quick "Approve" button. */
export const approvePostAction = workspaceAction("posts.approve", approvePostSchema, (input, ctx) =>
  transition({ ...input, action: "approve", comment: "" }, ctx),
);

/** Drag and drop / Undo: a new time for a post. */
export const reschedulePostAction = workspaceAction("posts.create", reschedulePostSchema, async (input, ctx) =>
  ctx.db.transaction(async (tx) => {
    const { workspaceId } = ctx;
    const scheduledAt = new Date(input.scheduledAt);
    const changed = orThrow(
      await reschedulePost(tx, {
        workspaceId,
        actor: actorOf(ctx),
        postId: input.postId,
        version: input.version,
        scheduledAt,
      }),
    );
    await recordAudit(tx, {
      workspaceId,
      actorUserId: ctx.user.id,
      action: "post.rescheduled",
      objectType: "post",
      objectId: input.postId,
      data: { scheduledAt: scheduledAt.toISOString() },
    });
    return { id: changed.id, status: changed.status, version: changed.version, scheduledAt: changed.scheduledAt };
  }),
);

/** An internal comment; everyone who may write posts may discuss them. */
export const addPostCommentAction = workspaceAction("posts.create", postCommentSchema, async (input, ctx) =>
  ctx.db.transaction(async (tx) => {
    const { workspaceId } = ctx;
    const row = await addPostComment(tx, { workspaceId, postId: input.postId, userId: ctx.user.id, body: input.body });
    if (!row) orThrow(fail("not_found"));
    await recordAudit(tx, {
      workspaceId,
      actorUserId: ctx.user.id,
      action: "post.commented",
      objectType: "post",
      objectId: input.postId,
    });
    return row!;
  }),
);
