/**
 * Which message namespaces the components under a set of entry files may read with `useTranslations`: follows
 * static and dynamic imports (the `@/` alias and relative paths) from the entries and collects every
 * `useTranslations("…")` on the way. Over-counts (server components and type-only imports are followed too),
 * never under-counts for the code it can see — which is the safe side for choosing what the browser receives.
 * Used by client-namespaces.test.ts to check the lists in client-namespaces.ts.
 */
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g;
const USE_TRANSLATIONS = /useTranslations\(\s*["']([\w-]+)/g;

function resolve(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ])
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  return null;
}

export function namespacesReachableFrom(entries: string[]) {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const queue = entries.map((e) => path.resolve(ROOT, e));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file) || file.endsWith(".test.ts")) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const [, ns] of source.matchAll(USE_TRANSLATIONS)) namespaces.add(ns!);
    for (const [, specifier] of source.matchAll(IMPORT)) {
      const target = resolve(file, specifier!);
      if (target) queue.push(target);
    }
  }
  return namespaces;
}

/** Every .ts/.tsx file below `dir` (relative to the project), tests excluded. */
export function filesBelow(dir: string, exclude: string[] = []): string[] {
  const absolute = path.join(ROOT, dir);
  return (fs.readdirSync(absolute, { recursive: true }) as string[])
    .map((f) => path.join(dir, f))
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && !exclude.some((x) => f.startsWith(x)));
}
