import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages, sectionNamespaces, type MessageSection } from "./client-namespaces";
import { filesBelow, namespacesReachableFrom } from "./client-namespaces-graph";
import { MESSAGES } from "./messages";

const DASHBOARD = "app/(dashboard)/w/[workspace]/";
const SECTIONS = Object.keys(CLIENT_NAMESPACES).filter((k) => k !== "root") as MessageSection[];
const missing = (needed: Set<string>, given: readonly string[]) => [...needed].filter((n) => !given.includes(n)).sort();

describe("the messages sent to the browser", () => {
  it("cover every namespace the shell and the pages outside a section may read", () => {
    const outside = filesBelow("app", [...SECTIONS.map((s) => DASHBOARD + s), "app/api"]);
    expect(missing(namespacesReachableFrom(outside), CLIENT_NAMESPACES.root)).toEqual([]);
  });

  it.each(SECTIONS)("cover every namespace the %s section may read", (section) => {
    const files = filesBelow(DASHBOARD + section);
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
