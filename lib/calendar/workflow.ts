import type { PostStatus, Role } from "@/db/schema/enum-values";
import { can } from "@/lib/auth/permissions";

/**
 * The post workflow: draft → in_review → approved → scheduled → published | failed, and cancelled. This module is
 * the one answer to "may this member do this to this post now"; the server actions ask it (and the SQL guards the
 * status and version again), the UI asks it to show buttons.
 */
export const POST_ACTIONS = ["submit", "approve", "reject", "schedule", "unschedule", "cancel"] as const;
export type PostAction = (typeof POST_ACTIONS)[number];

/** The status each action leads to, and the statuses it starts from. */
export const TRANSITIONS: Record<PostAction, { from: readonly PostStatus[]; to: PostStatus }> = {
  submit: { from: ["draft", "failed"], to: "in_review" },
  approve: { from: ["in_review"], to: "approved" },
  reject: { from: ["in_review"], to: "draft" },
  // From draft or review only with posts.selfApprove ("schedule without review"); see allowedActions.
  schedule: { from: ["approved", "draft", "in_review"], to: "scheduled" },
  unschedule: { from: ["scheduled"], to: "approved" },
  cancel: { from: ["draft", "in_review", "approved", "scheduled", "failed"], to: "cancelled" },
};

export type WorkflowActor = { userId: string; role: Role };
export type WorkflowPost = { status: PostStatus; authorUserId: string | null };

/** Statuses whose content can still change; an edit of an approved or scheduled post sends it back to review. */
export const EDITABLE: readonly PostStatus[] = ["draft", "in_review", "approved", "scheduled", "failed"];
export const NEEDS_REVIEW_AFTER_EDIT: readonly PostStatus[] = ["approved", "scheduled", "failed"];

/** Writing the post's words: posts.create and the right to speak as its identity (lib/identities/speak-as.ts). */
export function canEdit(actor: WorkflowActor, post: WorkflowPost, speaksAsIdentity: boolean): boolean {
  return can(actor.role, "posts.create") && speaksAsIdentity && EDITABLE.includes(post.status);
}

/** Moving a post in time: planners (posts.publish) or whoever may edit it. Published and cancelled posts stay. */
export function canReschedule(actor: WorkflowActor, post: WorkflowPost, speaksAsIdentity: boolean): boolean {
  if (!EDITABLE.includes(post.status)) return false;
  return can(actor.role, "posts.publish") || canEdit(actor, post, speaksAsIdentity);
}

function reviews(actor: WorkflowActor, post: WorkflowPost) {
  if (!can(actor.role, "posts.approve")) return false;
  return post.authorUserId !== actor.userId || can(actor.role, "posts.selfApprove");
}

export function mayTransition(
  action: PostAction,
  actor: WorkflowActor,
  post: WorkflowPost,
  speaksAsIdentity: boolean,
): boolean {
  if (!TRANSITIONS[action].from.includes(post.status)) return false;
  switch (action) {
    case "submit":
      return canEdit(actor, post, speaksAsIdentity);
    case "approve":
    case "reject":
      return reviews(actor, post);
    case "schedule":
      if (post.status === "approved") return can(actor.role, "posts.publish");
      return can(actor.role, "posts.selfApprove") && can(actor.role, "posts.publish") && speaksAsIdentity;
    case "unschedule":
      return can(actor.role, "posts.publish");
    case "cancel":
      return (
        can(actor.role, "posts.publish") ||
        (canEdit(actor, post, speaksAsIdentity) && post.authorUserId === actor.userId)
      );
  }
}

export function allowedActions(actor: WorkflowActor, post: WorkflowPost, speaksAsIdentity: boolean): PostAction[] {
  return POST_ACTIONS.filter((action) => mayTransition(action, actor, post, speaksAsIdentity));
}

/** Why a refused approval was refused, so the reviewer reads "you cannot approve your own post" and not "forbidden". */
export function isOwnPostRefusal(action: PostAction, actor: WorkflowActor, post: WorkflowPost): boolean {
  return (
    (action === "approve" || action === "reject") &&
    can(actor.role, "posts.approve") &&
    post.authorUserId === actor.userId &&
    !can(actor.role, "posts.selfApprove")
  );
}
