import { listPosts } from "@/db/queries/posts";
import { workspaceRoute } from "@/lib/api/workspace-route";
import { listPostsQuerySchema } from "@/lib/calendar/schemas";

export const GET = workspaceRoute("posts.view", listPostsQuerySchema, (query, { db, workspaceId }) =>
  listPosts(db, { workspaceId, from: new Date(query.from), to: new Date(query.to) }),
);
