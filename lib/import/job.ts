import fs from "node:fs";
import { eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/connect";
import { importRuns, workspaces } from "@/db/schema";
import { executeImportRun } from "./execute";
import type { ImportFormat } from "./formats";

/**
 * The `run-import` job: imports a file uploaded in Settings → Import. A crash or restart mid-way makes the job
 * runner retry it; the import is idempotent, so the retry completes the run. The uploaded file is removed once
 * the run has ended (done, or the file itself was unreadable).
 */
export async function runImportJob(db: DbOrTx, runId: string) {
  // The task list hands every task the worker's pool; the import streams a cursor, which needs the pool itself.
  if (!("$client" in db)) throw new Error("run-import needs a database pool, not a transaction");
  const pool = db as Db;
  const [run] = await pool
    .select({ run: importRuns, slug: workspaces.slug })
    .from(importRuns)
    .innerJoin(workspaces, eq(workspaces.id, importRuns.workspaceId))
    .where(eq(importRuns.id, runId));
  if (!run || run.run.status === "done" || !run.run.storedPath) return;
  const { storedPath } = run.run;
  if (!fs.existsSync(storedPath)) {
    await pool
      .update(importRuns)
      .set({ status: "failed", error: "file_missing", finishedAt: new Date() })
      .where(eq(importRuns.id, runId));
    return;
  }
  await executeImportRun(pool, {
    workspaceId: run.run.workspaceId,
    workspaceSlug: run.slug,
    runId,
    format: run.run.format as ImportFormat,
    file: fs.createReadStream(storedPath),
  });
  fs.rmSync(storedPath, { force: true });
}
