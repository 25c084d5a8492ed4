import { z } from "zod";
import { postPublishing } from "@/db/queries/publishing-read";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { fail, orThrow } from "@/lib/outcome";

/** A post's publishing state (targets, links, reasons, latest metrics), polled by the post detail. */
export const GET = route(
  { auth: memberSession("posts.view"), params: z.object({ postId: z.uuid() }) },
  async ({ params: { postId } }, { db, workspaceId }) =>
    (await postPublishing(db, { workspaceId, postId })) ?? orThrow(fail("not_found")),
);
