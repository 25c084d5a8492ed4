import { eq } from "drizzle-orm";
import * as actions from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import * as postRoute from "@/app/api/w/[workspaceId]/posts/[postId]/route";
import * as postsRoute from "@/app/api/w/[workspaceId]/posts/route";
import { postComments, posts, postTargets } from "@/db/schema";
import type { PostStatus } from "@/db/schema/enum-values";
import { testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { currentUser } from "@/lib/auth/session";
import { httpStatus, resultStatus, routeParams } from "./helpers";
import type { MatrixModule } from "./types";

const future = () => new Date(Date.now() + 5 * 86_400_000);

/**
 * A fresh post in the fixture's workspace, in a voice the signed-in member may speak as (the persona for the
 * community manager who operates it, the brand for everyone else), with the brand channel as its target.
 */
async function freshPost(objects: WorkspaceFixture, status: PostStatus) {
  const db = testDb();
  const user = await currentUser();
  const isOperator = user?.id === objects.users.community_manager.id;
  const [post] = await db
    .insert(posts)
    .values({
      workspaceId: objects.workspaceId,
      identityId: isOperator ? objects.identities.persona : objects.identities.brand,
      authorUserId: null,
      body: "matrix",
      status,
      scheduledAt: future(),
    })
    .returning({ id: posts.id, version: posts.version });
  await db.insert(postTargets).values({
    workspaceId: objects.workspaceId,
    postId: post!.id,
    channelId: objects.channelId,
    idempotencyKey: `matrix:${post!.id}`,
  });
  return post!;
}
const statusOf = async (id: string) =>
  (await testDb().select({ status: posts.status, version: posts.version }).from(posts).where(eq(posts.id, id)))[0]!;

export const matrix: MatrixModule = {
  endpoints: {
    approvePostAction: {
      permission: "posts.approve",
      mutates: true,
      audit: "post.approved",
      attempt: async ({ workspaceId, objects }) => {
        const post = await freshPost(objects, "in_review");
        const result = await actions.approvePostAction({ workspaceId, postId: post.id, version: 1 });
        return { status: resultStatus(result), changed: (await statusOf(post.id)).status !== "in_review" };
      },
    },
    savePostAction: {
      permission: "posts.create",
      mutates: true,
      audit: "post.created",
      // Creates a post; ids of another workspace's identity or channel are refused as field errors (tested in
      // db/queries/posts.test.ts), editing another workspace's post is not_found there too.
      objectless: true,
      attempt: async ({ workspaceId, objects }) => {
        const user = await currentUser();
        const isOperator = user?.id === objects.users.community_manager.id;
        const before = await testDb().$count(posts, eq(posts.workspaceId, objects.workspaceId));
        const result = await actions.savePostAction({
          workspaceId,
          identityId: isOperator ? objects.identities.persona : objects.identities.brand,
          channelIds: [objects.channelId],
          body: "matrix draft",
          variants: [],
          media: [],
          campaign: "",
          tags: [],
          date: "",
          time: "",
        });
        const after = await testDb().$count(posts, eq(posts.workspaceId, objects.workspaceId));
        return { status: resultStatus(result), changed: after !== before };
      },
    },
    transitionPostAction: {
      permission: "posts.create",
      mutates: true,
      audit: "post.submitted",
      attempt: async ({ workspaceId, objects }) => {
        const post = await freshPost(objects, "draft");
        const result = await actions.transitionPostAction({
          workspaceId,
          postId: post.id,
          version: post.version,
          action: "submit",
          comment: "",
        });
        return { status: resultStatus(result), changed: (await statusOf(post.id)).status !== "draft" };
      },
    },
    reschedulePostAction: {
      permission: "posts.create",
      mutates: true,
      audit: "post.rescheduled",
      attempt: async ({ workspaceId, objects }) => {
        const post = await freshPost(objects, "draft");
        const result = await actions.reschedulePostAction({
          workspaceId,
          postId: post.id,
          version: post.version,
          scheduledAt: new Date(Date.now() + 9 * 86_400_000).toISOString(),
        });
        return { status: resultStatus(result), changed: (await statusOf(post.id)).version !== post.version };
      },
    },
    addPostCommentAction: {
      permission: "posts.create",
      mutates: true,
      audit: "post.commented",
      attempt: async ({ workspaceId, objects }) => {
        const post = await freshPost(objects, "draft");
        const result = await actions.addPostCommentAction({ workspaceId, postId: post.id, body: "matrix comment" });
        const n = await testDb().$count(postComments, eq(postComments.postId, post.id));
        return { status: resultStatus(result), changed: n > 0 };
      },
    },
    "GET /api/w/[workspaceId]/posts": {
      permission: "posts.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const q = new URLSearchParams({
          from: new Date(Date.now() - 7 * 864e5).toISOString(),
          to: new Date().toISOString(),
          status: "draft,in_review",
        });
        const response = await postsRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/posts?${q}`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
    "GET /api/w/[workspaceId]/posts/[postId]": {
      permission: "posts.view",
      mutates: false,
      attempt: async ({ workspaceId, objects }) => {
        const response = await postRoute.GET(new Request(`http://test/api/w/${workspaceId}/posts/${objects.postId}`), {
          params: Promise.resolve({ workspaceId, postId: objects.postId }),
        });
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
};
