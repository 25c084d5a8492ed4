import { apiPosts } from "@/db/queries/api-reads";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const GET = v1Route(OPERATIONS.listPosts, async ({ query }, { db, workspaceId }) => ({
  data: await apiPosts(db, { workspaceId, from: new Date(query.from), to: new Date(query.to) }),
}));
