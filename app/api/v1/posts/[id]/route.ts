import { apiPosts } from "@/db/queries/api-reads";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { transitionWithAudit } from "@/lib/calendar/transition";

/** The calendar's approve step over the API (same workflow rules, same audit event). */
export const PATCH = v1Route(OPERATIONS.updatePost, async ({ params, body }, { db, workspaceId, user }) => {
  await transitionWithAudit(db, {
    workspaceId,
    actor: { userId: user.id, role: user.role },
    postId: params.id,
    version: body.version,
    action: "approve",
    comment: "",
  });
  const [post] = await apiPosts(db, { workspaceId, ids: [params.id] });
  return { data: post! };
});
