import { z } from "zod";
import { getPost } from "@/db/queries/posts-detail";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { fail, orThrow } from "@/lib/outcome";

/** One post with its targets, metrics, comments and history (the detail view and the composer). */
export const GET = route(
  { auth: memberSession("posts.view"), params: z.object({ postId: z.uuid() }) },
  async ({ params: { postId } }, { db, workspaceId }) =>
    (await getPost(db, { workspaceId, postId })) ?? orThrow(fail("not_found")),
);
