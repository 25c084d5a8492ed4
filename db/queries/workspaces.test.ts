import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { identities, memberships } from "../schema";
import { createWorkspaceFixture, testDb, uniqueTag } from "../testing/fixtures";
import { getMembership } from "./memberships";
import { createWorkspace, slugify } from "./workspaces";

const db = testDb();

describe("slugify", () => {
  it("derives a readable ASCII slug and never an empty one", () => {
    expect(slugify("Café Müller & Co.")).toBe("cafe-muller-co");
    expect(slugify("  Northwind  Outdoor ")).toBe("northwind-outdoor");
    expect(slugify("🎉🎉")).toBe("workspace");
    expect(slugify("x".repeat(80))).toHaveLength(40);
  });
});

describe("createWorkspace", () => {
  it("creates the workspace with its creator as admin and a brand identity named after it; slugs stay unique", async () => {
    const fx = await createWorkspaceFixture(db);
    const name = `Agency Client ${uniqueTag()}`;
    const first = await db.transaction((tx) =>
      createWorkspace(tx, { name, timezone: "Europe/Berlin", defaultLocale: "de", creatorUserId: fx.users.admin.id }),
    );
    const second = await db.transaction((tx) =>
      createWorkspace(tx, { name, timezone: "UTC", defaultLocale: "en", creatorUserId: fx.users.admin.id }),
    );
    expect(first.workspace).toMatchObject({
      name,
      slug: slugify(name),
      timezone: "Europe/Berlin",
      defaultLocale: "de",
    });
    expect(second.workspace.slug).toBe(`${slugify(name)}-2`);

    expect((await getMembership(db, { userId: fx.users.admin.id, workspaceId: first.workspace.id }))?.role).toBe(
      "admin",
    );
    const members = await db.select().from(memberships).where(eq(memberships.workspaceId, first.workspace.id));
    expect(members).toHaveLength(1);
    const voices = await db.select().from(identities).where(eq(identities.workspaceId, first.workspace.id));
    expect(voices).toMatchObject([{ kind: "brand", displayName: name, id: first.brandId }]);
  });
});
