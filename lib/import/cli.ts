/**
 * `npm run import -- --workspace <slug> [--create --user <admin email>] --format twcs|native <file> [--json]`
 * Progress and messages on stderr; the summary on stdout (API-CONTRACT "History import"). Exit 2: bad usage or an
 * unknown workspace / user; exit 1: the file cannot be imported (missing columns, empty).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openCliDatabase } from "@/db/cli-database";
import { createDb } from "@/db/connect";
import { createImportRun } from "@/db/queries/import-stage";
import { resolveImportTarget } from "@/db/queries/import-workspace";
import { executeImportRun } from "./execute";
import { IMPORT_FORMATS, type ImportFormat } from "./formats";
import { formatSummary } from "./summary-text";

const USAGE =
  "Usage: npm run import -- --workspace <slug> [--create --user <admin email>] --format twcs|native <file> [--json]";
const TARGET_ERRORS = {
  unknown_workspace: (slug: string) => `Unknown workspace "${slug}" (add --create --user <admin email> to create it).`,
  unknown_user: () => "Unknown or deactivated user.",
  not_admin: (slug: string) => `That user is not an admin of "${slug}".`,
  user_required: () => "--create needs --user <admin email>.",
  bad_slug: () => "A new workspace's slug may contain a-z, 0-9 and single dashes (at most 40 characters).",
};

function exitWith(code: number, message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main() {
  const { values, positionals } = (() => {
    try {
      return parseArgs({
        allowPositionals: true,
        options: {
          workspace: { type: "string" },
          create: { type: "boolean", default: false },
          user: { type: "string" },
          format: { type: "string" },
          json: { type: "boolean", default: false },
        },
      });
    } catch (error) {
      return exitWith(2, `${(error as Error).message}\n${USAGE}`);
    }
  })();
  const file = positionals[0];
  if (!values.workspace || !file || positionals.length > 1) exitWith(2, USAGE);
  if (!IMPORT_FORMATS.includes(values.format as ImportFormat))
    exitWith(2, `--format must be one of ${IMPORT_FORMATS.join(", ")}.\n${USAGE}`);
  const format = values.format as ImportFormat;
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    exitWith(2, `Cannot read ${file}.`);
  }

  const database = await openCliDatabase();
  const db = createDb(database.url, { max: 3 });
  try {
    const resolved = await resolveImportTarget(db, {
      slug: values.workspace,
      email: values.user,
      create: values.create,
    });
    if (!resolved.ok) exitWith(2, TARGET_ERRORS[resolved.error](values.workspace));
    const { target } = resolved;
    if (resolved.created) process.stderr.write(`Created workspace "${target.slug}".\n`);
    const run = await createImportRun(db, {
      workspaceId: target.workspaceId,
      userId: target.userId,
      format,
      fileName: path.basename(file),
      bytesTotal: size,
    });
    const started = Date.now();
    const outcome = await executeImportRun(db, {
      workspaceId: target.workspaceId,
      workspaceSlug: target.slug,
      runId: run.id,
      format,
      file: fs.createReadStream(file),
      onProgress: (p) => {
        const share =
          p.phase === "staging"
            ? (size ? p.bytesRead / size : 1) * 50
            : 50 + (p.threadsTotal ? (p.threadsDone / p.threadsTotal) * 50 : 50);
        process.stderr.write(
          `\r${p.phase === "staging" ? "Reading" : "Writing"} ${share.toFixed(0).padStart(3)}%  ${p.rowsRead} rows  ${p.threadsDone}/${p.threadsTotal} threads   `,
        );
      },
    });
    process.stderr.write("\n");
    if (!outcome.ok) exitWith(1, `Import failed: ${outcome.error}`);
    const { summary, rowErrors } = outcome.result;
    // maxRSS is in kilobytes: the figure the benchmark reports (memory must stay flat however large the file).
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    process.stderr.write(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Peak memory: ${peakMb} MB.\n`);
    process.stdout.write(values.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary, rowErrors));
  } finally {
    await db.$client.end({ timeout: 5 });
    await database.close();
  }
}

main().catch((error) => {
  process.stderr.write(
    `\nImport stopped: ${(error as Error).message}\nRun the same command again to complete it (rows already imported are skipped).\n`,
  );
  process.exit(1);
});
