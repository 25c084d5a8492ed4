import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BRAND_VOICE_ROLES } from "@/lib/identities/speak-as";
import {
  can,
  firstSectionFor,
  PERMISSIONS,
  ROLE_PERMISSIONS,
  ROLES,
  SECTIONS,
  type Permission,
  type Role,
} from "./permissions";

/** The permission table of the README (## Roles) as role → permissions, read from the markdown. */
function readmeTable(): Record<string, string[]> {
  const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../../README.md"), "utf8");
  const lines = readme.split("\n").filter((line) => line.startsWith("| "));
  const headerIndex = lines.findIndex((line) => /^\|\s*permission\s*\|/.test(line));
  expect(headerIndex, "README has a '| permission | …' table").toBeGreaterThanOrEqual(0);
  const cells = (line: string) =>
    line
      .split("|")
      .slice(1, -1)
      .map((c) => c.trim());
  const roles = cells(lines[headerIndex]!)
    .slice(1)
    .map((label) => label.replaceAll(" ", "_"));
  const table: Record<string, string[]> = Object.fromEntries(roles.map((r) => [r, []]));
  for (const line of lines.slice(headerIndex + 2)) {
    const [permission, ...marks] = cells(line);
    if (!permission || !/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/.test(permission)) break;
    marks.forEach((mark, i) => {
      if (mark === "✓") table[roles[i]!]!.push(permission);
      else expect(mark, `README mark for ${permission}`).toBe("");
    });
  }
  return table;
}

const holders = (permission: Permission) => ROLES.filter((role) => can(role, permission));

describe("ROLE_PERMISSIONS", () => {
  it("is what the README's permission table says, row for row", () => {
    const table = readmeTable();
    expect(Object.keys(table).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect([...table[role]!].sort(), role).toEqual([...ROLE_PERMISSIONS[role]].sort());
    // Every permission has a README row, even one no role but admin holds.
    expect(readmeTable().admin).toEqual([...PERMISSIONS]);
  });

  it.each(ROLES)("%s lists only known permissions, each once", (role) => {
    const list = ROLE_PERMISSIONS[role];
    expect(new Set(list).size).toBe(list.length);
    for (const permission of list) expect(PERMISSIONS).toContain(permission);
  });

  it("gives admin every permission", () => {
    for (const permission of PERMISSIONS) expect(can("admin", permission)).toBe(true);
  });

  // Implications: a role that may do the second thing must be able to see / do the first, or the UI shows a
  // control on a page the role cannot open.
  it.each([
    ["conversations.triage", "conversations.view"],
    ["conversations.reply", "conversations.triage"],
    ["conversations.assign", "conversations.triage"],
    ["posts.create", "posts.view"],
    ["posts.approve", "posts.view"],
    ["posts.publish", "posts.view"],
    ["identities.manage", "identities.view"],
    ["members.manage", "members.view"],
    ["audit.view", "members.view"], // the audit log is a settings page, opened through members.view
    ["settings.manage", "members.view"],
    ["channels.manage", "members.view"],
  ] as const)("%s implies %s", (stronger, weaker) => {
    for (const role of holders(stronger)) expect(can(role, weaker), role).toBe(true);
  });

  it("lets only roles that can speak as some voice reply, and every brand voice reply", () => {
    // community managers speak through the personas they operate; the others through the brand.
    const speakers: readonly Role[] = [...BRAND_VOICE_ROLES, "community_manager"];
    for (const role of holders("conversations.reply")) expect(speakers).toContain(role);
    for (const role of BRAND_VOICE_ROLES) expect(can(role, "conversations.reply"), role).toBe(true);
  });

  it("keeps the analyst read-only", () => {
    for (const permission of ROLE_PERMISSIONS.analyst) expect(permission).toMatch(/\.view$/);
  });

  it("reserves settings, member management, channels and new workspaces for admins", () => {
    for (const permission of ["settings.manage", "members.manage", "channels.manage", "workspaces.create"] as const) {
      expect(holders(permission)).toEqual(["admin"]);
    }
  });
});

describe("SECTIONS", () => {
  it("opens every section with a permission that exists, each key once", () => {
    for (const section of SECTIONS) expect(PERMISSIONS).toContain(section.permission);
    expect(new Set(SECTIONS.map((s) => s.key)).size).toBe(SECTIONS.length);
  });

  it.each([
    ["admin", "inbox"],
    ["manager", "inbox"],
    ["social_media_manager", "inbox"],
    ["community_manager", "inbox"],
    ["analyst", "calendar"],
  ] as const)("firstSectionFor(%s) is %s", (role, section) => {
    expect(firstSectionFor(role)).toBe(section);
  });

  it("gives every role at least one section it may open", () => {
    for (const role of ROLES) {
      const section = firstSectionFor(role);
      expect(section).toBeDefined();
      expect(can(role, SECTIONS.find((s) => s.key === section)!.permission)).toBe(true);
    }
  });
});
