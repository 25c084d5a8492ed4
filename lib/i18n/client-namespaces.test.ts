import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveImport, root, sourceFiles } from "@/test/import-graph";
import { CLIENT_NAMESPACES, pickMessages, sectionNamespaces, type MessageSection } from "./client-namespaces";
import { MESSAGES } from "./messages";

const IMPORT = /(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g;
const USE_TRANSLATIONS = /useTranslations\(\s*["']([\w-]+)/g;

/**
 * Every namespace read with `useTranslations` by the files the entries reach through static and dynamic imports.
 * Over-counts (server components and type-only imports are followed too), never under-counts for the code it can
 * see — the safe side for choosing what the browser receives.
 */
function namespacesReachableFrom(entries: string[]) {
  const seen = new Set<string>();
  const namespaces = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, "utf8");
    for (const [, ns] of source.matchAll(USE_TRANSLATIONS)) namespaces.add(ns!);
    for (const [, spec] of source.matchAll(IMPORT)) {
      const target = resolveImport(file, spec!);
      if (target && !target.startsWith("pkg:")) queue.push(target);
    }
  }
  return namespaces;
}

const DASHBOARD = path.join(root, "app/(dashboard)/w/[workspace]");
const SECTIONS = Object.keys(CLIENT_NAMESPACES).filter((k) => k !== "root") as MessageSection[];
const missing = (needed: Set<string>, given: readonly string[]) => [...needed].filter((n) => !given.includes(n)).sort();

describe("the messages sent to the browser", () => {
  it("cover every namespace the shell and the pages outside a section may read", () => {
    const excluded = [...SECTIONS.map((s) => path.join(DASHBOARD, s)), path.join(root, "app/api")];
    const outside = sourceFiles(path.join(root, "app")).filter((f) => !excluded.some((x) => f.startsWith(x + "/")));
    expect(missing(namespacesReachableFrom(outside), CLIENT_NAMESPACES.root)).toEqual([]);
  });

  it.each(SECTIONS)("cover every namespace the %s section may read", (section) => {
    const files = sourceFiles(path.join(DASHBOARD, section));
    expect(files.length).toBeGreaterThan(0);
    expect(missing(namespacesReachableFrom(files), sectionNamespaces(section))).toEqual([]);
  });

  it("name only namespaces that exist, in both languages", () => {
    for (const namespace of Object.values(CLIENT_NAMESPACES).flat()) {
      expect(MESSAGES.en, namespace).toHaveProperty([namespace]);
      expect(MESSAGES.de, namespace).toHaveProperty([namespace]);
    }
  });

  it("pick exactly the named namespaces", () => {
    expect(pickMessages({ a: 1, b: 2, c: 3 }, ["a", "c", "x"])).toEqual({ a: 1, c: 3 });
  });
});
