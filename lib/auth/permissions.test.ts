import { describe, expect, it } from "vitest";
import { can, firstSectionFor, PERMISSIONS, ROLE_PERMISSIONS, ROLES, SECTIONS, type Permission, type Role } from "./permissions";

// Written out by hand on purpose: a change to the table must be a deliberate change to this test too.
const EXPECTED: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  manager: [
    "inbox.view",
    "conversations.reply",
    "conversations.assign",
    "notes.create",
    "savedReplies.manage",
    "posts.view",
    "posts.create",
    "posts.approve",
    "posts.publish",
    "identities.view",
    "identities.manage",
    "reports.view",
    "members.view",
    "audit.view",
  ],
  social_media_manager: ["inbox.view", "conversations.reply", "notes.create", "posts.view", "posts.create", "posts.publish", "identities.view"],
  community_manager: ["inbox.view", "conversations.reply", "notes.create", "posts.view", "identities.view"],
  analyst: ["posts.view", "reports.view"],
};

describe("ROLE_PERMISSIONS", () => {
  it("has an entry for every role and nothing else", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
  });

  it.each(ROLES)("%s has exactly the expected permissions", (role) => {
    expect([...ROLE_PERMISSIONS[role]].sort()).toEqual([...EXPECTED[role]].sort());
    for (const permission of PERMISSIONS) expect(can(role, permission)).toBe(EXPECTED[role].includes(permission));
  });

  it.each(ROLES)("%s lists only known permissions, each once", (role) => {
    const list = ROLE_PERMISSIONS[role];
    expect(new Set(list).size).toBe(list.length);
    for (const permission of list) expect(PERMISSIONS).toContain(permission);
  });

  it("gives admin every permission", () => {
    for (const permission of PERMISSIONS) expect(can("admin", permission)).toBe(true);
  });

  it("lets the analyst only read the calendar and reports", () => {
    expect(PERMISSIONS.filter((p) => can("analyst", p))).toEqual(["posts.view", "reports.view"]);
  });

  it("keeps the community manager away from members and approvals", () => {
    expect(can("community_manager", "members.manage")).toBe(false);
    expect(can("community_manager", "posts.approve")).toBe(false);
    expect(can("community_manager", "settings.manage")).toBe(false);
    expect(can("community_manager", "conversations.reply")).toBe(true);
  });

  it("reserves settings, member management and connectors for admins", () => {
    for (const permission of ["settings.manage", "members.manage", "connectors.manage"] as const) {
      expect(ROLES.filter((role) => can(role, permission))).toEqual(["admin"]);
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
