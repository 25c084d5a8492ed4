import { z } from "zod";
import { listMembers } from "@/db/queries/members";
import { workspaceRoute } from "@/lib/api/workspace-route";

export const GET = workspaceRoute("members.view", z.object({}), (_query, { db, workspaceId }) => listMembers(db, { workspaceId }));
