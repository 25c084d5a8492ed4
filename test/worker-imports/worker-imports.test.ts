/**
 * Code the background worker imports (the database client, queries, connectors, domain rules, metrics) must load
 * under plain Node/tsx, outside Next.js: no `server-only`, no `next/*`. This imports each such module in a tsx
 * child process whose resolver refuses those packages (deny-next-hooks.mjs), so an offending import anywhere in
 * the chain fails here with the importer's name.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");

const sourcesIn = (dir: string) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts") && !f.endsWith(".d.ts"))
    .map((f) => `${dir}/${f}`);

const WORKER_SIDE = [
  "db/connect.ts",
  "db/schema/index.ts",
  ...sourcesIn("db/queries"),
  ...sourcesIn("lib/connectors"),
  "lib/identities/voice.ts",
  "lib/identities/speak-as.ts",
  "lib/inbox/triage.ts",
  ...sourcesIn("lib/metrics"),
  "lib/channels/channel-changes.ts",
  "lib/crypto/connector-key.ts",
  "lib/env.ts",
  "lib/outcome.ts",
];

async function importUnderTsx(files: string[]) {
  const script = `(async () => { for (const f of ${JSON.stringify(files)}) { try { await import(f); } catch (e) { console.error(f + ": " + (e?.message ?? e)); process.exitCode = 1; } } })();`;
  const run = promisify(execFile);
  return run(process.execPath, [tsx, "--import", "./test/worker-imports/deny-next.mjs", "-e", script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production" },
    timeout: 60_000,
  }).then(
    () => "",
    (error: { stderr?: string }) => error.stderr ?? String(error),
  );
}

describe("worker-side modules load outside Next.js", () => {
  it("every listed module exists", () => {
    for (const file of WORKER_SIDE) expect(fs.existsSync(path.join(root, file)), file).toBe(true);
  });

  it("imports none of server-only, next/*, next-auth", async () => {
    expect(await importUnderTsx(WORKER_SIDE.map((f) => `./${f}`))).toBe("");
  });

  it("would catch an offender (the check itself works)", async () => {
    expect(await importUnderTsx(["./db/index.ts"])).toMatch(/worker-side import of "server-only"/);
  });
}, 120_000);
