import { apiPosts } from "@/db/queries/api-reads";
import { approvePost } from "@/db/queries/posts";
import { recordAudit } from "@/db/queries/audit";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { orThrow } from "@/lib/outcome";

/** The app's approvePostAction over the API (same query, same audit event). */
export const PATCH = v1Route(OPERATIONS.updatePost, async ({ params, body }, { db, workspaceId, user }) => {
  await db.transaction(async (tx) => {
    const approved = orThrow(
      await approvePost(tx, { workspaceId, postId: params.id, version: body.version, userId: user.id }),
    );
    await recordAudit(tx, {
      workspaceId,
      actorUserId: user.id,
      action: "post.approved",
      objectType: "post",
      objectId: approved.id,
    });
  });
  const [post] = await apiPosts(db, { workspaceId, ids: [params.id] });
  return { data: post! };
});
