import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveImport, root, sourceFiles } from "../import-graph";

/**
 * What a "use client" module imports ends up in the browser. These packages must not: drizzle and postgres are
 * server code, node:* does not exist there (bundlers swap in 100 kB polyfills), and zod (30 kB) has smaller forms
 * for what a form needs (plain constants). twitter-text is only loaded on demand (lib/text/x-length.ts).
 * Follows value imports (not `import type`) through the project's files; stops at "use server" modules, which the
 * browser only ever calls by reference.
 */
const FORBIDDEN = [/^zod(\/|$)/, /^drizzle-orm(\/|$)/, /^postgres$/, /^node:/, /^twitter-text$/, /^server-only$/];
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?([^;]*?)\s+from\s+"([^"]+)"|^\s*import\s+"([^"]+)"/gms;

const isTypeOnly = (clause: string) => {
  const names = /\{([^}]*)\}/.exec(clause)?.[1];
  if (!names || /^\s*\w+\s*,/.test(clause) || clause.trim().startsWith("*")) return false;
  const list = names
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  return list.length > 0 && list.every((n) => n.startsWith("type "));
};

function valueImports(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    if (m[4]) {
      const r = resolveImport(file, m[4]);
      if (r) out.push(r);
      continue;
    }
    if (m[1] || isTypeOnly(m[2]!)) continue;
    const r = resolveImport(file, m[3]!);
    if (r) out.push(r);
  }
  return out;
}

const directive = (file: string) =>
  /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use (client|server)["']/.exec(fs.readFileSync(file, "utf8"))?.[1];

describe("browser bundles", () => {
  it("no client module reaches server-only or heavy packages", () => {
    const clients = ["app", "components", "lib"]
      .flatMap((d) => sourceFiles(path.join(root, d)))
      .filter((f) => directive(f) === "client");
    expect(clients.length).toBeGreaterThan(50);
    const problems = new Set<string>();
    for (const client of clients) {
      const parent = new Map<string, string | null>([[client, null]]);
      const stack = [client];
      while (stack.length) {
        const file = stack.pop()!;
        for (const dep of valueImports(file)) {
          if (parent.has(dep)) continue;
          parent.set(dep, file);
          if (dep.startsWith("pkg:")) {
            if (FORBIDDEN.some((re) => re.test(dep.slice(4)))) {
              const chain = [dep.slice(4)];
              for (let f: string | null | undefined = file; f; f = parent.get(f)) chain.push(path.relative(root, f));
              problems.add(chain.join(" ← "));
            }
          } else if (directive(dep) !== "server") stack.push(dep);
        }
      }
    }
    expect([...problems].sort()).toEqual([]);
  });
});
