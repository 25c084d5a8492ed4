import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { channels, identities, identityOperators, users } from "../schema";

/** The workspace's voices (brand first), each with its operators and the accounts it owns. */
export async function listIdentities(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  const rows = await db
    .select()
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId))
    .orderBy(asc(identities.kind), asc(identities.displayName));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [operators, accounts] = await Promise.all([
    db
      .select({ identityId: identityOperators.identityId, userId: users.id, name: users.name })
      .from(identityOperators)
      .innerJoin(users, eq(users.id, identityOperators.userId))
      .where(and(eq(identityOperators.workspaceId, workspaceId), inArray(identityOperators.identityId, ids)))
      .orderBy(asc(users.name)),
    db
      .select({ id: channels.id, identityId: channels.identityId, platform: channels.platform, handle: channels.handle, status: channels.status })
      .from(channels)
      .where(eq(channels.workspaceId, workspaceId))
      .orderBy(asc(channels.platform), asc(channels.handle)),
  ]);
  return rows.map((identity) => ({
    ...identity,
    operators: operators.filter((o) => o.identityId === identity.id),
    accounts: accounts.filter((a) => a.identityId === identity.id),
  }));
}

export type IdentityWithTeam = Awaited<ReturnType<typeof listIdentities>>[number];
