import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "@/db/connect";
import { recordAudit } from "@/db/queries/audit";
import { createImportRun } from "@/db/queries/import-stage";
import { DATA_DIR } from "@/lib/data-dir";
import { curtainEnv } from "@/lib/env";
import { addJob } from "@/lib/jobs/add-job";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { ImportFormat } from "./formats";

const uploadDir = () => path.join(DATA_DIR, "imports");

/**
 * Stores an uploaded history file (streamed to disk, never buffered: files may be gigabytes) and queues the
 * `run-import` job with its run row in one transaction. Too large → payload_too_large, and the partial file is gone.
 */
export async function queueUploadedImport(
  db: Db,
  input: {
    workspaceId: string;
    userId: string;
    format: ImportFormat;
    fileName: string;
    body: ReadableStream<Uint8Array>;
  },
): Promise<Outcome<{ runId: string }>> {
  const limit = curtainEnv().CURTAIN_IMPORT_MAX_BYTES;
  fs.mkdirSync(uploadDir(), { recursive: true, mode: 0o700 });
  const storedPath = path.join(uploadDir(), `${randomUUID()}.upload`);
  let size = 0;
  const cap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      done(size > limit ? new Error("too_large") : null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(body(input.body)), cap, fs.createWriteStream(storedPath, { mode: 0o600 }));
  } catch (error) {
    fs.rmSync(storedPath, { force: true });
    return fail((error as Error).message === "too_large" ? "payload_too_large" : "bad_request");
  }
  if (size === 0) {
    fs.rmSync(storedPath, { force: true });
    return fail("bad_request");
  }
  const run = await db.transaction(async (tx) => {
    const created = await createImportRun(tx, {
      workspaceId: input.workspaceId,
      userId: input.userId,
      format: input.format,
      fileName: input.fileName,
      bytesTotal: size,
      storedPath,
    });
    await addJob(tx, "run-import", { runId: created.id }, { maxAttempts: 5 });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.userId,
      action: "import.started",
      objectType: "workspace",
      objectId: input.workspaceId,
      data: { fileName: input.fileName, format: input.format, bytes: size },
    });
    return created;
  });
  return ok({ runId: run.id });
}

// The DOM and node:stream/web ReadableStream types differ only nominally.
const body = (stream: ReadableStream<Uint8Array>) =>
  stream as unknown as import("node:stream/web").ReadableStream<Uint8Array>;
