import { z } from "zod";
import { getImportRun } from "@/db/queries/import-stage";
import { memberSession } from "@/lib/api/auth";
import { route } from "@/lib/api/route";
import { AppError } from "@/lib/errors";

/** Progress and, when done, the summary of one import run (the Settings page polls it). */
export const GET = route(
  { auth: memberSession("import.run"), params: z.object({ runId: z.uuid() }) },
  async ({ params }, { db, workspaceId }) => {
    const run = await getImportRun(db, { workspaceId, runId: params.runId });
    if (!run) throw new AppError("not_found");
    return run;
  },
);
