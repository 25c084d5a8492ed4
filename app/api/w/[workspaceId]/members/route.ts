import { listMembers } from "@/db/queries/members";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";

export const GET = route({ auth: memberSession("members.view") }, (_input, { db, workspaceId }) =>
  listMembers(db, { workspaceId }),
);
