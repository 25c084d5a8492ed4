import { eq } from "drizzle-orm";
import * as publishing from "@/app/(dashboard)/w/[workspace]/calendar/publishing/actions";
import * as verify from "@/app/(dashboard)/w/[workspace]/settings/channels/verify/actions";
import * as publishingRoute from "@/app/api/w/[workspaceId]/posts/[postId]/publishing/route";
import { posts, postTargets } from "@/db/schema";
import { testDb, uniqueTag, type WorkspaceFixture } from "@/db/testing/fixtures";
import { httpStatus, resultStatus } from "./helpers";
import type { MatrixModule } from "./types";

async function freshPost(objects: WorkspaceFixture, status: "approved" | "failed") {
  const db = testDb();
  const [post] = await db
    .insert(posts)
    .values({ workspaceId: objects.workspaceId, identityId: objects.identities.brand, body: "matrix", status })
    .returning({ id: posts.id, version: posts.version });
  const [target] = await db
    .insert(postTargets)
    .values({
      workspaceId: objects.workspaceId,
      postId: post!.id,
      channelId: objects.channelId,
      idempotencyKey: `matrix:${uniqueTag()}`,
      status: status === "failed" ? "failed" : "pending",
      error: status === "failed" ? "HTTP 422" : null,
    })
    .returning({ id: postTargets.id });
  return { postId: post!.id, version: post!.version, targetId: target!.id };
}

export const matrix: MatrixModule = {
  endpoints: {
    publishNowAction: {
      permission: "posts.publish",
      mutates: true,
      audit: "post.publish_now",
      attempt: async ({ workspaceId, objects }) => {
        const post = await freshPost(objects, "approved");
        const result = await publishing.publishNowAction({ workspaceId, postId: post.postId, version: post.version });
        const [row] = await testDb().select({ status: posts.status }).from(posts).where(eq(posts.id, post.postId));
        return { status: resultStatus(result), changed: row!.status !== "approved" };
      },
    },
    retryTargetAction: {
      permission: "posts.publish",
      mutates: true,
      audit: "post.target_retried",
      attempt: async ({ workspaceId, objects }) => {
        const post = await freshPost(objects, "failed");
        const result = await publishing.retryTargetAction({ workspaceId, targetId: post.targetId });
        const [row] = await testDb()
          .select({ status: postTargets.status })
          .from(postTargets)
          .where(eq(postTargets.id, post.targetId));
        return { status: resultStatus(result), changed: row!.status !== "failed" };
      },
    },
    verifyChannelAction: {
      permission: "channels.manage",
      mutates: false,
      attempt: async ({ workspaceId, objects }) => {
        const result = await verify.verifyChannelAction({ workspaceId, channelId: objects.channelId });
        return { status: resultStatus(result), changed: false };
      },
    },
    "GET /api/w/[workspaceId]/posts/[postId]/publishing": {
      permission: "posts.view",
      mutates: false,
      attempt: async ({ workspaceId, objects }) => {
        const response = await publishingRoute.GET(new Request(`http://test/api/w/${workspaceId}/posts/x/publishing`), {
          params: Promise.resolve({ workspaceId, postId: objects.postId }),
        });
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};
