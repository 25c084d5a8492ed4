import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { Scenario } from "../context";
import { writeTwcsFile } from "../generate-twcs";
import { count } from "../measure";

const root = path.resolve(import.meta.dirname, "../../..");
const tsxCli = createRequire(import.meta.url).resolve("tsx/cli");
/** Rows of the generated file (IMPORT_BENCH_ROWS to try other sizes). */
const ROWS = Number(process.env.IMPORT_BENCH_ROWS ?? 1_000_000);

/**
 * `npm run import` on a generated twcs file, as a separate process (so its peak RSS is its own): rows/s end to end
 * and the CLI's peak resident memory (target < 300 MB), then the same file again (all duplicates).
 */
export const importScenario: Scenario = {
  name: "import",
  description: `npm run import of a generated ${count(ROWS)}-row twcs file: rows/s, peak RSS, re-run`,
  async run(ctx) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "curtain-import-bench-"));
    const file = path.join(dir, "twcs.csv");
    try {
      ctx.log(`writing ${count(ROWS)} rows …`);
      await writeTwcsFile(file, ROWS);
      const mb = fs.statSync(file).size / 1024 ** 2;
      const slug = `bench-import-${Date.now().toString(36)}`;
      // The new workspace's admin (the CLI's --create needs one); no sign-in happens, so no real password hash.
      const email = "bench-import@curtain.bench";
      await ctx.db.execute(sql`insert into users (email, name, password_hash) values (${email}, 'Bench import', '!')
        on conflict do nothing`);
      const admin = { email };
      const first = await runCli(ctx.url, [
        "--workspace",
        slug,
        "--create",
        "--user",
        admin.email,
        "--format",
        "twcs",
        file,
        "--json",
      ]);
      const again = await runCli(ctx.url, ["--workspace", slug, "--format", "twcs", file, "--json"]);
      const figures = [first, again].map((run, i) => ({
        scenario: "import",
        op: i === 0 ? `import ${count(ROWS)} rows (${mb.toFixed(0)} MB)` : "re-run same file",
        n: 1,
        totalMs: run.ms,
        rowsPerSec: ROWS / (run.ms / 1000),
        note: `peak RSS ${run.peakMb} MB; imported ${count(run.summary.imported)}, duplicate ${count(run.summary.skipped.duplicate ?? 0)}`,
      }));
      return figures;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};

type CliRun = { ms: number; peakMb: number; summary: { imported: number; skipped: Record<string, number> } };

function runCli(url: string, args: string[]): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxCli, "lib/import/cli.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`import exited with ${code}: ${stderr}`));
      const peak = /Peak memory: (\d+) MB/.exec(stderr)?.[1];
      resolve({ ms: performance.now() - started, peakMb: Number(peak ?? NaN), summary: JSON.parse(stdout) });
    });
  });
}
