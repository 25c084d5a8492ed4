import { apiConversations } from "@/db/queries/api-reads";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const GET = v1Route(OPERATIONS.listConversations, async ({ query }, { db, workspaceId }) => {
  const { cursor, limit, ...filters } = query;
  return apiConversations(db, { workspaceId, filters, cursor, limit });
});
