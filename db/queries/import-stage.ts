import { and, eq, sql } from "drizzle-orm";
import type { StagedRow } from "@/lib/import/formats";
import type { Db, DbOrTx } from "../connect";
import { importRows, importRuns } from "../schema";

export type ImportRunProgress = Partial<
  Pick<
    typeof importRuns.$inferInsert,
    | "status"
    | "bytesRead"
    | "bytesTotal"
    | "rowsRead"
    | "threadsTotal"
    | "threadsDone"
    | "summary"
    | "error"
    | "finishedAt"
    | "storedPath"
  >
>;

export async function createImportRun(
  db: DbOrTx,
  input: {
    workspaceId: string;
    userId: string | null;
    format: string;
    fileName: string;
    bytesTotal: number;
    storedPath?: string | null;
  },
) {
  const [run] = await db.insert(importRuns).values(input).returning();
  return run!;
}

export async function updateImportRun(
  db: DbOrTx,
  { workspaceId, runId, ...values }: { workspaceId: string; runId: string } & ImportRunProgress,
) {
  await db
    .update(importRuns)
    .set(values)
    .where(and(eq(importRuns.id, runId), eq(importRuns.workspaceId, workspaceId)));
}

/** Stages a batch of rows; returns the lines whose external id was already staged (a repeated row in the file). */
export async function stageRows(db: DbOrTx, runId: string, rows: StagedRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(importRows)
    .values(rows.map((row) => ({ runId, ...row })))
    .onConflictDoNothing()
    .returning({ line: importRows.line });
  const taken = new Set(inserted.map((row) => row.line));
  return rows.filter((row) => !taken.has(row.line)).map((row) => row.line);
}

/**
 * Gives every staged row the id of its thread's root: a row whose parent is not in the file starts a thread.
 * Rows left without a root sit on a reply cycle (a → b → a); the caller skips them. Returns the number of threads.
 */
export async function assignThreadRoots(db: DbOrTx, runId: string): Promise<number> {
  await db.execute(sql`
    with recursive walk(external_id, root_id, depth) as (
      select r.external_id, r.external_id, 0 from ${importRows} r
      where r.run_id = ${runId} and (r.parent_id is null or not exists (
        select 1 from ${importRows} p where p.run_id = ${runId} and p.external_id = r.parent_id))
      union all
      select c.external_id, w.root_id, w.depth + 1 from ${importRows} c
      join walk w on c.parent_id = w.external_id
      where c.run_id = ${runId} and w.depth < 10000
    )
    update ${importRows} r set root_id = walk.root_id from walk
    where r.run_id = ${runId} and r.external_id = walk.external_id`);
  const [row] = await db
    .select({ threads: sql<number>`count(distinct ${importRows.rootId})::int` })
    .from(importRows)
    .where(eq(importRows.runId, runId));
  return row?.threads ?? 0;
}

/** Lines of rows on a reply cycle (no root after assignThreadRoots). */
export async function cycleLines(db: DbOrTx, runId: string): Promise<number[]> {
  const rows = await db
    .select({ line: importRows.line })
    .from(importRows)
    .where(and(eq(importRows.runId, runId), sql`${importRows.rootId} is null`));
  return rows.map((row) => row.line);
}

export type StagedThreadRow = StagedRow & { rootId: string };

/**
 * Streams the staged rows thread by thread (a server-side cursor, so memory holds one batch, not the file) and
 * hands whole threads to `onThreads` in groups of about `batchSize` rows.
 */
export async function forEachThreadBatch(
  db: Db,
  runId: string,
  batchSize: number,
  onThreads: (threads: StagedThreadRow[][]) => Promise<void>,
) {
  let threads: StagedThreadRow[][] = [];
  let current: StagedThreadRow[] = [];
  let rowsInBatch = 0;
  const cursor = db.$client`
    select line, external_id, parent_id, inbound, author, author_name, channel_hint, platform, created_at, body,
           sign_off, root_id
    from import_rows where run_id = ${runId} and root_id is not null
    order by root_id, created_at, line`.cursor(1000);
  for await (const chunk of cursor) {
    for (const r of chunk) {
      const row: StagedThreadRow = {
        line: r.line,
        externalId: r.external_id,
        parentId: r.parent_id,
        inbound: r.inbound,
        author: r.author,
        authorName: r.author_name,
        channelHint: r.channel_hint,
        platform: r.platform,
        createdAt: new Date(r.created_at),
        body: r.body,
        signOff: r.sign_off,
        rootId: r.root_id,
      };
      if (current.length && current[0]!.rootId !== row.rootId) {
        threads.push(current);
        current = [];
        if (rowsInBatch >= batchSize) {
          await onThreads(threads);
          threads = [];
          rowsInBatch = 0;
        }
      }
      current.push(row);
      rowsInBatch++;
    }
  }
  if (current.length) threads.push(current);
  if (threads.length) await onThreads(threads);
}

export async function dropStagedRows(db: DbOrTx, runId: string) {
  await db.delete(importRows).where(eq(importRows.runId, runId));
}

/** Outbound authors in the file per platform: the brand accounts (channels) the import needs. */
export async function stagedBrandAccounts(db: DbOrTx, runId: string) {
  return db
    .selectDistinct({ platform: importRows.platform, handle: importRows.author })
    .from(importRows)
    .where(and(eq(importRows.runId, runId), eq(importRows.inbound, false)));
}

/** Per brand account in the file: replies, signed replies and the replies per sign-off (for the summary). */
export async function stagedSignOffStats(db: DbOrTx, runId: string) {
  const rows = await db.execute<{
    platform: string;
    handle: string;
    sign_off_key: string | null;
    spelling: string | null;
    replies: number;
  }>(sql`
    select platform, author as handle, lower(sign_off) as sign_off_key, mode() within group (order by sign_off) as spelling,
           count(*)::int as replies
    from ${importRows} where run_id = ${runId} and inbound = false and root_id is not null
    group by platform, author, lower(sign_off)`);
  return [...rows];
}

/** A run as the Settings page polls it (only the workspace's own runs). */
export async function getImportRun(db: DbOrTx, { workspaceId, runId }: { workspaceId: string; runId: string }) {
  const [run] = await db
    .select({
      id: importRuns.id,
      format: importRuns.format,
      fileName: importRuns.fileName,
      status: importRuns.status,
      bytesTotal: importRuns.bytesTotal,
      bytesRead: importRuns.bytesRead,
      rowsRead: importRuns.rowsRead,
      threadsTotal: importRuns.threadsTotal,
      threadsDone: importRuns.threadsDone,
      summary: importRuns.summary,
      error: importRuns.error,
      createdAt: importRuns.createdAt,
      finishedAt: importRuns.finishedAt,
    })
    .from(importRuns)
    .where(and(eq(importRuns.id, runId), eq(importRuns.workspaceId, workspaceId)));
  return run;
}
export type ImportRunView = NonNullable<Awaited<ReturnType<typeof getImportRun>>>;

/** The workspace's latest run, to show where the page left off. */
export async function latestImportRunId(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const [run] = await db
    .select({ id: importRuns.id })
    .from(importRuns)
    .where(eq(importRuns.workspaceId, workspaceId))
    .orderBy(sql`${importRuns.createdAt} desc`)
    .limit(1);
  return run?.id ?? null;
}
