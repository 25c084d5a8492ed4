import type { Readable } from "node:stream";
import type { Db } from "@/db/connect";
import { updateImportRun } from "@/db/queries/import-stage";
import type { ImportFormat } from "./formats";
import { ImportFileError } from "./read";
import { runImport, type ImportProgress, type ImportResult } from "./run";

/**
 * Runs an import for a run row and records its end: the summary when done, or the error when the file cannot be
 * read (missing columns, empty) — a file problem is a finished run with a message, not a crash.
 */
export async function executeImportRun(
  db: Db,
  input: {
    workspaceId: string;
    workspaceSlug: string;
    runId: string;
    format: ImportFormat;
    file: Readable;
    onProgress?: (p: ImportProgress) => void;
  },
): Promise<{ ok: true; result: ImportResult } | { ok: false; error: string; code: string; columns: string[] }> {
  const { workspaceId, runId } = input;
  try {
    const result = await runImport(db, input);
    await updateImportRun(db, {
      workspaceId,
      runId,
      status: "done",
      summary: { ...result.summary, rowErrors: result.rowErrors },
      finishedAt: new Date(),
    });
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof ImportFileError)) {
      await updateImportRun(db, {
        workspaceId,
        runId,
        status: "failed",
        error: "internal",
        finishedAt: new Date(),
      }).catch(() => {});
      throw error;
    }
    await updateImportRun(db, {
      workspaceId,
      runId,
      status: "failed",
      error: error.code,
      summary: { columns: error.columns },
      finishedAt: new Date(),
    });
    return { ok: false, error: error.message, code: error.code, columns: error.columns };
  }
}
