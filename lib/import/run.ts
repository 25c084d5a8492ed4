import type { Readable } from "node:stream";
import type { Db } from "@/db/connect";
import { writeConversationBatch } from "@/db/queries/import-write";
import { refreshPersonaSuggestions } from "@/db/queries/import-personas";
import {
  assignThreadRoots,
  cycleLines,
  dropStagedRows,
  forEachThreadBatch,
  stageRows,
  stagedSignOffStats,
  updateImportRun,
} from "@/db/queries/import-stage";
import { loadImportContext } from "./context";
import { mapRecord, type ImportFormat, type SkipReason, type StagedRow } from "./formats";
import { countingStream, openRecords } from "./read";
import { PERSONA_SUGGESTION_MIN_REPLIES } from "./sign-off";
import { rebuildThread } from "./threads";

/** API-CONTRACT's summary object (what `--json` prints). */
export type ImportSummary = {
  workspace: string;
  rowsRead: number;
  imported: number;
  skipped: Partial<Record<SkipReason, number>>;
  ignoredColumns: string[];
  channels: {
    handle: string;
    replies: number;
    signedReplies: number;
    signedShare: number;
    personas: { signOff: string; replies: number }[];
  }[];
};
export type RowError = { line: number; reason: SkipReason; detail?: string };
export type ImportResult = { summary: ImportSummary; rowErrors: RowError[]; conversationsCreated: number };

const STAGE_BATCH = 2_000;
const WRITE_BATCH_ROWS = 2_000;
/** The first few row errors are kept for the summary (a broken file must not fill memory with them). */
const MAX_ROW_ERRORS = 50;

export type ImportProgress = {
  phase: "staging" | "threading";
  bytesRead: number;
  rowsRead: number;
  threadsDone: number;
  threadsTotal: number;
};

/**
 * Imports one file into a workspace: (1) stream and stage its rows in batches, (2) rebuild threads in the database,
 * (3) write conversations thread batch by thread batch. Memory holds one batch at a time; every write is idempotent
 * by (channel, external id), so running the same file again — or after an interruption — completes it.
 */
export async function runImport(
  db: Db,
  input: {
    workspaceId: string;
    workspaceSlug: string;
    runId: string;
    format: ImportFormat;
    file: Readable;
    onProgress?: (p: ImportProgress) => void;
  },
): Promise<ImportResult> {
  const { workspaceId, runId } = input;
  const skipped: Partial<Record<SkipReason, number>> = {};
  const rowErrors: RowError[] = [];
  const skip = (line: number, reason: SkipReason, detail?: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    if (reason !== "duplicate" && rowErrors.length < MAX_ROW_ERRORS)
      rowErrors.push({ line, reason, ...(detail ? { detail } : {}) });
  };
  const progress: ImportProgress = { phase: "staging", bytesRead: 0, rowsRead: 0, threadsDone: 0, threadsTotal: 0 };
  let lastReport = 0;
  const report = async (force = false) => {
    if (!force && Date.now() - lastReport < 500) return;
    lastReport = Date.now();
    input.onProgress?.({ ...progress });
    await updateImportRun(db, {
      workspaceId,
      runId,
      status: progress.phase,
      bytesRead: progress.bytesRead,
      rowsRead: progress.rowsRead,
      threadsDone: progress.threadsDone,
      threadsTotal: progress.threadsTotal,
    });
  };

  try {
    const source = await openRecords(
      input.format,
      countingStream(input.file, (bytes) => (progress.bytesRead = bytes)),
    );
    let batch: StagedRow[] = [];
    const flush = async () => {
      for (const line of await stageRows(db, runId, batch)) skip(line, "duplicate");
      batch = [];
      await report();
    };
    for await (const item of source.records) {
      progress.rowsRead++;
      if ("error" in item) {
        skip(item.line, "malformed_row", item.error);
        continue;
      }
      const mapped = mapRecord(input.format, item.record, item.line);
      if (!mapped.ok) skip(item.line, mapped.reason);
      else batch.push(mapped.row);
      if (batch.length >= STAGE_BATCH) await flush();
    }
    await flush();
    progress.phase = "threading";
    progress.threadsTotal = await assignThreadRoots(db, runId);
    for (const line of await cycleLines(db, runId)) skip(line, "thread_cycle");
    await report(true);
    const ctx = await loadImportContext(db, { workspaceId, runId });
    const hasChannel = (platform: string, handle: string) => ctx.channels.has(`${platform}:${handle.toLowerCase()}`);
    let imported = 0;
    let conversationsCreated = 0;
    await forEachThreadBatch(db, runId, WRITE_BATCH_ROWS, async (threads) => {
      const rebuilt = threads.map((rows) => rebuildThread(rows, hasChannel));
      for (const thread of rebuilt) for (const s of thread.skipped) skip(s.line, s.reason);
      const result = await writeConversationBatch(
        db,
        ctx,
        rebuilt.flatMap((t) => t.conversations),
      );
      imported += result.importedLines.length;
      conversationsCreated += result.conversationsCreated;
      for (const line of result.duplicateLines) skip(line, "duplicate");
      progress.threadsDone += threads.length;
      await report();
    });
    await refreshPersonaSuggestions(db, { workspaceId, runId });
    const summary: ImportSummary = {
      workspace: input.workspaceSlug,
      rowsRead: progress.rowsRead,
      imported,
      skipped,
      ignoredColumns: source.ignoredColumns,
      channels: await channelSummary(db, runId),
    };
    await report(true);
    return { summary, rowErrors: rowErrors.sort((a, b) => a.line - b.line), conversationsCreated };
  } finally {
    await dropStagedRows(db, runId);
  }
}

async function channelSummary(db: Db, runId: string): Promise<ImportSummary["channels"]> {
  const stats = await stagedSignOffStats(db, runId);
  const byHandle = new Map<string, ImportSummary["channels"][number]>();
  for (const row of stats) {
    const channel = byHandle.get(row.handle) ?? {
      handle: row.handle,
      replies: 0,
      signedReplies: 0,
      signedShare: 0,
      personas: [],
    };
    channel.replies += row.replies;
    if (row.sign_off_key) {
      channel.signedReplies += row.replies;
      if (row.replies >= PERSONA_SUGGESTION_MIN_REPLIES)
        channel.personas.push({ signOff: row.spelling ?? row.sign_off_key, replies: row.replies });
    }
    byHandle.set(row.handle, channel);
  }
  return [...byHandle.values()]
    .map((c) => ({
      ...c,
      signedShare: c.replies ? Math.round((c.signedReplies / c.replies) * 1000) / 1000 : 0,
      personas: c.personas.sort((a, b) => b.replies - a.replies),
    }))
    .sort((a, b) => b.replies - a.replies);
}
