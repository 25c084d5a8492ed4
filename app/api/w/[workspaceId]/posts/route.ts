import { listPosts } from "@/db/queries/posts";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { listPostsQuerySchema } from "@/lib/calendar/schemas";

export const GET = route(
  { auth: memberSession("posts.view"), query: listPostsQuerySchema },
  ({ query }, { db, workspaceId }) =>
    listPosts(db, { workspaceId, from: new Date(query.from), to: new Date(query.to) }),
);
