import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { memberships, workspaces } from "../schema";
import { findUserByEmail } from "./users";
import { createWorkspace } from "./workspaces";

export type ImportTarget = { workspaceId: string; slug: string; userId: string | null };
export type ImportTargetError = "unknown_workspace" | "unknown_user" | "not_admin" | "user_required" | "bad_slug";

/**
 * The workspace an import goes into (CLI). With `create`, a missing slug becomes a new workspace (its brand
 * identity, the user as admin); an existing one is used as is. A named user must exist and be an active admin.
 */
export async function resolveImportTarget(
  db: DbOrTx,
  input: { slug: string; email?: string; create: boolean },
): Promise<{ ok: true; target: ImportTarget; created: boolean } | { ok: false; error: ImportTargetError }> {
  const user = input.email ? await findUserByEmail(db, { email: input.email.trim().toLowerCase() }) : undefined;
  if (input.email && (!user || !user.active)) return { ok: false, error: "unknown_user" };
  const [workspace] = await db
    .select({ id: workspaces.id, slug: workspaces.slug })
    .from(workspaces)
    .where(eq(workspaces.slug, input.slug));
  if (!workspace) {
    if (!input.create) return { ok: false, error: "unknown_workspace" };
    if (!user) return { ok: false, error: "user_required" };
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(input.slug) || input.slug.length > 40)
      return { ok: false, error: "bad_slug" };
    const created = await db.transaction(async (tx) => {
      const made = await createWorkspace(tx, {
        name: input.slug,
        timezone: "UTC",
        defaultLocale: "en",
        creatorUserId: user.id,
      });
      // createWorkspace picks a free slug from the name; the one asked for is free (checked above), so they match.
      return made.workspace;
    });
    return { ok: true, target: { workspaceId: created.id, slug: created.slug, userId: user.id }, created: true };
  }
  if (user) {
    const [member] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(
        and(
          eq(memberships.workspaceId, workspace.id),
          eq(memberships.userId, user.id),
          isNull(memberships.deactivatedAt),
        ),
      );
    if (member?.role !== "admin") return { ok: false, error: "not_admin" };
  }
  return {
    ok: true,
    target: { workspaceId: workspace.id, slug: workspace.slug, userId: user?.id ?? null },
    created: false,
  };
}
