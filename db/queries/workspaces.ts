import { eq, like, or } from "drizzle-orm";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { insertDefaultRoutingRules } from "./routing-defaults";
import { identities, memberships, workspaces, type BusinessHours, type SlaTargets } from "../schema";

export async function getWorkspace(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspaceId)).limit(1);
  return row;
}

export type WorkspaceSettings = {
  name: string;
  timezone: string;
  defaultLocale: string;
  businessHours: BusinessHours;
  slaTargets: SlaTargets;
  /** Absent: keep the stored value. */
  slaBusinessHours?: boolean;
  closedDays?: string[];
};

/** Last write wins: the form always saves the whole settings object, and only admins edit it, rarely. */
export async function updateWorkspaceSettings(
  db: DbOrTx,
  { workspaceId, ...settings }: { workspaceId: string } & WorkspaceSettings,
): Promise<Outcome<typeof workspaces.$inferSelect>> {
  const [row] = await db.update(workspaces).set(settings).where(eq(workspaces.id, workspaceId)).returning();
  return row ? ok(row) : fail("not_found");
}

/** "Café Müller & Co." → "cafe-muller-co"; never empty. */
export function slugify(name: string) {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return slug || "workspace";
}

/** The base slug, or base-2, base-3 … — the first one no workspace uses yet. */
async function freeSlug(db: DbOrTx, base: string) {
  const taken = new Set(
    (
      await db
        .select({ slug: workspaces.slug })
        .from(workspaces)
        .where(or(eq(workspaces.slug, base), like(workspaces.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A new workspace with its creator as admin and a brand identity named after it. Call inside a transaction; a
 * concurrent creation that takes the same slug first makes the insert fail with a unique violation (conflict).
 */
export async function createWorkspace(
  tx: DbOrTx,
  input: { name: string; timezone: string; defaultLocale: string; creatorUserId: string },
) {
  const slug = await freeSlug(tx, slugify(input.name));
  const [workspace] = await tx
    .insert(workspaces)
    .values({ name: input.name, slug, timezone: input.timezone, defaultLocale: input.defaultLocale })
    .returning();
  await tx.insert(memberships).values({ workspaceId: workspace!.id, userId: input.creatorUserId, role: "admin" });
  const [brand] = await tx
    .insert(identities)
    .values({ workspaceId: workspace!.id, kind: "brand", displayName: input.name })
    .returning({ id: identities.id });
  await insertDefaultRoutingRules(tx, { workspaceId: workspace!.id, locale: input.defaultLocale });
  return { workspace: workspace!, brandId: brand!.id };
}
