import { listPosts } from "@/db/queries/posts";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { listPostsQuerySchema } from "@/lib/calendar/schemas";

/** The posts of a calendar window (at most two months), filtered like the calendar's URL. */
export const GET = route(
  { auth: memberSession("posts.view"), query: listPostsQuerySchema },
  ({ query: { from, to, ...filters } }, { db, workspaceId }) =>
    listPosts(db, { workspaceId, from: new Date(from), to: new Date(to), filters }),
);
