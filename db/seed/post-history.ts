import type { ApprovalStep } from "../schema/calendar";
import type { PostStatus } from "../schema/enums";
import type { Random } from "./random";

const HOUR = 3_600_000;

/**
 * A plausible status for a generated post on `day` (relative to today): past posts mostly published, the next
 * days mostly scheduled, later ones still in the workflow. Shared by the demo seed and the benchmark data, so both
 * show the calendar a real team would have.
 */
export function generatedPostStatus(rnd: Random, { past, day }: { past: boolean; day: number }): PostStatus {
  if (past)
    return rnd.weighted([
      ["published", 90],
      ["failed", 4],
      ["cancelled", 6],
    ]);
  return day <= 3
    ? rnd.weighted([
        ["scheduled", 60],
        ["approved", 15],
        ["in_review", 25],
      ])
    : rnd.weighted([
        ["scheduled", 30],
        ["in_review", 30],
        ["draft", 40],
      ]);
}

/** The approval steps a post in `status` went through, starting an hour after it was created. */
export function generatedApprovalTrail(
  status: PostStatus,
  { created, author, approver }: { created: number; author: string; approver: string },
): ApprovalStep[] {
  const trail: ApprovalStep[] = [];
  if (status !== "draft")
    trail.push({ at: new Date(created + HOUR).toISOString(), userId: author, action: "submitted" });
  if (["approved", "scheduled", "published", "failed"].includes(status))
    trail.push({ at: new Date(created + 5 * HOUR).toISOString(), userId: approver, action: "approved" });
  if (status === "cancelled")
    trail.push({ at: new Date(created + 6 * HOUR).toISOString(), userId: approver, action: "cancelled" });
  return trail;
}
