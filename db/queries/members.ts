import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { memberships, users } from "../schema";

export async function listMembers(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.name));
}
