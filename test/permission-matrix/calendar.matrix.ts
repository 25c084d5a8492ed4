import { eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import * as postsRoute from "@/app/api/w/[workspaceId]/posts/route";
import { posts } from "@/db/schema";
import { testDb } from "@/db/testing/fixtures";
import { httpStatus, resultStatus, routeParams } from "./helpers";
import type { MatrixModule } from "./types";

export const matrix: MatrixModule = {
  endpoints: {
    approvePostAction: {
      permission: "posts.approve",
      mutates: true,
      audit: "post.approved",
      attempt: async ({ workspaceId, objects }) => {
        const db = testDb();
        const [post] = await db
          .insert(posts)
          .values({
            workspaceId: objects.workspaceId,
            identityId: objects.identities.brand,
            body: "matrix",
            status: "in_review",
          })
          .returning({ id: posts.id });
        const result = await actions.approvePostAction({ workspaceId, postId: post!.id, version: 1 });
        const [row] = await db.select({ status: posts.status }).from(posts).where(eq(posts.id, post!.id));
        return { status: resultStatus(result), changed: row!.status !== "in_review" };
      },
    },
    "GET /api/w/[workspaceId]/posts": {
      permission: "posts.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const q = new URLSearchParams({
          from: new Date(Date.now() - 7 * 864e5).toISOString(),
          to: new Date().toISOString(),
        });
        const response = await postsRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/posts?${q}`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};
