import { responseTimesBy } from "@/db/queries/reports-response-times";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { v1Route } from "@/lib/api/v1/route";
import { tokenAllows } from "@/lib/api-tokens/token";
import { AppError } from "@/lib/errors";

export const GET = v1Route(OPERATIONS.responseTimes, async ({ query }, { db, workspaceId, user, scopes }) => {
  // Other members' own rows are for those who may see the team's figures (the page hides them the same way).
  if (query.groupBy === "user" && !tokenAllows(scopes, user.role, "teamReports.view")) throw new AppError("forbidden");
  const data = await responseTimesBy(db, {
    workspaceId,
    from: new Date(query.from),
    to: new Date(query.to),
    groupBy: query.groupBy,
    hours: query.hours,
  });
  return { data };
});
