import { apiChannels } from "@/db/queries/api-reads";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";

export const GET = v1Route(OPERATIONS.listChannels, async (_input, { db, workspaceId }) => ({
  data: await apiChannels(db, { workspaceId }),
}));
