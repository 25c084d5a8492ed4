import { and, asc, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { memberships, workspaces } from "../schema";

const membershipColumns = {
  role: memberships.role,
  workspace: {
    id: workspaces.id,
    name: workspaces.name,
    slug: workspaces.slug,
    timezone: workspaces.timezone,
    requireTwoFactor: workspaces.requireTwoFactor,
  },
};

/**
 * The caller's membership in one workspace, by id or slug; undefined when they are not a member or their
 * membership is deactivated (so every page, action and route of that workspace refuses them at once).
 */
export async function getMembership(
  db: DbOrTx,
  { userId, ...where }: { userId: string } & ({ workspaceId: string } | { slug: string }),
) {
  const [row] = await db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(
      and(
        eq(memberships.userId, userId),
        isNull(memberships.deactivatedAt),
        "workspaceId" in where ? eq(workspaces.id, where.workspaceId) : eq(workspaces.slug, where.slug),
      ),
    )
    .limit(1);
  return row;
}

export async function listMembershipsForUser(db: DbOrTx, { userId }: { userId: string }) {
  return db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), isNull(memberships.deactivatedAt)))
    .orderBy(asc(workspaces.name));
}

export type MembershipWithWorkspace = NonNullable<Awaited<ReturnType<typeof getMembership>>>;
