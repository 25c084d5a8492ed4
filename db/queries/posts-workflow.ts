import { and, eq, sql } from "drizzle-orm";
import { contentProblems } from "@/lib/calendar/content";
import { countX } from "@/lib/text/length";
import { canReschedule, isOwnPostRefusal, mayTransition, TRANSITIONS, type PostAction } from "@/lib/calendar/workflow";
import { cancelPostPublishing, schedulePostPublishing } from "@/lib/publishing/schedule";
import { fail, fieldFailure, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { channels, posts, postTargets, type ApprovalStep } from "../schema";
import type { PostStatus } from "../schema/enums";
import { postForChange, voiceOf, type PostActor, type PostForChange } from "./posts-access";

export type ChangedPost = {
  id: string;
  status: PostStatus;
  version: number;
  from: PostStatus;
  scheduledAt: Date | null;
};
const ACTION_STEP: Record<PostAction, ApprovalStep["action"]> = {
  submit: "submitted",
  approve: "approved",
  reject: "rejected",
  schedule: "scheduled",
  unschedule: "unscheduled",
  cancel: "cancelled",
};

/** Loads the post for a change and checks version and existence; the voice tells whether the actor speaks as it. */
async function loadForChange(db: DbOrTx, workspaceId: string, postId: string, version: number, actor: PostActor) {
  const post = await postForChange(db, { workspaceId, postId });
  if (!post) return { failure: fail("not_found") } as const;
  if (post.version !== version)
    return { failure: fieldFailure("conflict", "version", "calendar.errors.stale") } as const;
  const voice = (await voiceOf(db, { workspaceId, identityId: post.identityId, actor }))!;
  return { post, voice, failure: undefined } as const;
}

/** Whether the post is complete enough to be reviewed or published: channels, texts within limits, no banned term. */
async function completeness(
  db: DbOrTx,
  workspaceId: string,
  post: PostForChange,
  voice: NonNullable<Awaited<ReturnType<typeof voiceOf>>>,
) {
  const targets = await db
    .select({
      channelId: postTargets.channelId,
      platform: channels.platform,
      channelIdentityId: channels.identityId,
      variant: postTargets.variant,
    })
    .from(postTargets)
    .innerJoin(channels, eq(channels.id, postTargets.channelId))
    .where(and(eq(postTargets.postId, post.id), eq(postTargets.workspaceId, workspaceId)));
  return contentProblems(post.body, voice, targets, countX);
}

async function update(
  db: DbOrTx,
  workspaceId: string,
  post: PostForChange,
  set: Partial<typeof posts.$inferInsert>,
  step: ApprovalStep,
) {
  const [row] = await db
    .update(posts)
    .set({
      ...set,
      approvalTrail: sql`${posts.approvalTrail} || ${JSON.stringify([step])}::jsonb`,
      version: sql`${posts.version} + 1`,
      updatedAt: new Date(step.at),
    })
    .where(and(eq(posts.id, post.id), eq(posts.workspaceId, workspaceId), eq(posts.version, post.version)))
    .returning({ id: posts.id, status: posts.status, version: posts.version, scheduledAt: posts.scheduledAt });
  return row;
}

/**
 * One step of the workflow (lib/calendar/workflow.ts says who may take which). Submitting and scheduling need a
 * complete post; rejecting needs a comment for the author; scheduling needs a time in the future and puts the
 * targets on the publishing queue, leaving "scheduled" takes them off. The caller runs it in a transaction.
 */
export async function transitionPost(
  db: DbOrTx,
  args: {
    workspaceId: string;
    actor: PostActor;
    postId: string;
    version: number;
    action: PostAction;
    comment: string;
    now?: Date;
  },
): Promise<Outcome<ChangedPost>> {
  const { workspaceId, actor, action, comment, now = new Date() } = args;
  const loaded = await loadForChange(db, workspaceId, args.postId, args.version, actor);
  if (loaded.failure) return loaded.failure;
  const { post, voice } = loaded;
  if (!mayTransition(action, actor, post, voice.speaks)) {
    if (isOwnPostRefusal(action, actor, post)) return fieldFailure("forbidden", "action", "calendar.errors.ownPost");
    if (!TRANSITIONS[action].from.includes(post.status))
      return fieldFailure("conflict", "action", "calendar.errors.wrongStatus");
    return fail("forbidden");
  }
  if (action === "reject" && !comment) return fieldFailure("bad_request", "comment", "calendar.errors.commentRequired");
  if (action === "submit" || (action === "schedule" && post.status !== "approved")) {
    const problems = await completeness(db, workspaceId, post, voice);
    if (Object.keys(problems).length) return fail("bad_request", problems);
  }
  if (action === "schedule") {
    if (!post.scheduledAt) return fieldFailure("bad_request", "date", "calendar.errors.dateRequired");
    if (post.scheduledAt.getTime() <= now.getTime()) return fieldFailure("bad_request", "date", "calendar.errors.past");
  }
  const to = TRANSITIONS[action].to;
  const step: ApprovalStep = {
    at: now.toISOString(),
    userId: actor.userId,
    action: ACTION_STEP[action],
    from: post.status,
  };
  if (comment) step.comment = comment;
  const row = await update(db, workspaceId, post, { status: to }, step);
  if (!row) return fieldFailure("conflict", "version", "calendar.errors.stale");
  if (to === "scheduled") await schedulePostPublishing(db, { workspaceId, postId: post.id, runAt: post.scheduledAt! });
  else if (post.status === "scheduled") await cancelPostPublishing(db, { workspaceId, postId: post.id });
  return ok({ ...row, from: post.status });
}

/**
 * Moves a post to another time (drag and drop, or Undo). Not into the past; a scheduled post's publish jobs move
 * with it. Its status stays: a new time is not a new text, so it does not need a new review.
 */
export async function reschedulePost(
  db: DbOrTx,
  args: { workspaceId: string; actor: PostActor; postId: string; version: number; scheduledAt: Date; now?: Date },
): Promise<Outcome<ChangedPost>> {
  const { workspaceId, actor, scheduledAt, now = new Date() } = args;
  const loaded = await loadForChange(db, workspaceId, args.postId, args.version, actor);
  if (loaded.failure) return loaded.failure;
  const { post, voice } = loaded;
  if (!canReschedule(actor, post, voice.speaks)) return fail("forbidden");
  if (scheduledAt.getTime() <= now.getTime()) return fieldFailure("bad_request", "scheduledAt", "calendar.errors.past");
  const step: ApprovalStep = {
    at: now.toISOString(),
    userId: actor.userId,
    action: "rescheduled",
    ...(post.scheduledAt ? { from: post.scheduledAt.toISOString() } : {}),
  };
  const row = await update(db, workspaceId, post, { scheduledAt }, step);
  if (!row) return fieldFailure("conflict", "version", "calendar.errors.stale");
  if (post.status === "scheduled")
    await schedulePostPublishing(db, { workspaceId, postId: post.id, runAt: scheduledAt });
  return ok({ ...row, from: post.status });
}
