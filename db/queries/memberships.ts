import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { memberships, workspaces } from "../schema";

const membershipColumns = {
  role: memberships.role,
  workspace: {
    id: workspaces.id,
    name: workspaces.name,
    slug: workspaces.slug,
    timezone: workspaces.timezone,
  },
};

/** The caller's membership in one workspace, by id or slug; undefined when they are not a member. */
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
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name));
}

export type MembershipWithWorkspace = NonNullable<Awaited<ReturnType<typeof getMembership>>>;
