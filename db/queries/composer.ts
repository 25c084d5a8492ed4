import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { ROLES, type Role } from "@/db/schema/enum-values";
import { can } from "@/lib/auth/permissions";
import type { DbOrTx } from "../connect";
import { identities, memberships, users } from "../schema";
import { listVoicesForUser } from "./identities";
import { listSavedReplies } from "./saved-replies";

/** Roles that see the inbox (from the permission table), so the only members worth mentioning or assigning. */
const INBOX_ROLES: Role[] = ROLES.filter((role) => can(role, "conversations.view"));

/**
 * What the composer needs besides the conversation: the voices this user may speak as (with their voice guides),
 * the saved replies of those voices, and the members that can be mentioned or assigned. Read once per page load.
 */
export async function getComposerContext(
  db: DbOrTx,
  { workspaceId, userId, role }: { workspaceId: string; userId: string; role: Role },
) {
  const voices = await listVoicesForUser(db, { workspaceId, userId, role });
  const ids = voices.map((v) => v.id);
  const [guides, savedReplies, members] = await Promise.all([
    ids.length
      ? db
          .select({ id: identities.id, voiceGuide: identities.voiceGuide })
          .from(identities)
          .where(and(eq(identities.workspaceId, workspaceId), inArray(identities.id, ids)))
      : [],
    listSavedReplies(db, { workspaceId, identityIds: ids }),
    db
      .select({ id: users.id, name: users.name })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.workspaceId, workspaceId),
          isNull(memberships.deactivatedAt),
          sql`${users.active}`,
          inArray(memberships.role, INBOX_ROLES),
        ),
      )
      .orderBy(asc(users.name)),
  ]);
  const guideById = new Map(guides.map((g) => [g.id, g.voiceGuide]));
  return {
    voices: voices.map((v) => ({
      ...v,
      voiceGuide: guideById.get(v.id) ?? { tone: "", use: [], avoid: [], banned: [] },
    })),
    savedReplies,
    members,
  };
}

export type ComposerContext = Awaited<ReturnType<typeof getComposerContext>>;
