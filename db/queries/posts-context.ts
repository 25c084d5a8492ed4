import { and, asc, eq, inArray } from "drizzle-orm";
import type { Role } from "@/db/schema/enum-values";
import type { DbOrTx } from "../connect";
import { channels, identities } from "../schema";
import { listVoicesForUser } from "./identities";
import { listPostFacets } from "./posts";

/**
 * What the calendar page needs besides the posts: every identity (filters, colours, avatars), the channels with
 * the kind of their owner (the composer offers only those that fit the chosen voice), the voices this member may
 * speak as with their guides, and the campaigns and tags in use. Read once per page load.
 */
export async function getCalendarContext(
  db: DbOrTx,
  { workspaceId, userId, role }: { workspaceId: string; userId: string; role: Role },
) {
  const [allIdentities, allChannels, voices, facets] = await Promise.all([
    db
      .select({
        id: identities.id,
        kind: identities.kind,
        displayName: identities.displayName,
        avatarUrl: identities.avatarUrl,
        status: identities.status,
      })
      .from(identities)
      .where(eq(identities.workspaceId, workspaceId))
      .orderBy(asc(identities.kind), asc(identities.displayName)),
    db
      .select({
        id: channels.id,
        platform: channels.platform,
        handle: channels.handle,
        identityId: channels.identityId,
        ownerKind: identities.kind,
      })
      .from(channels)
      .innerJoin(identities, eq(identities.id, channels.identityId))
      .where(eq(channels.workspaceId, workspaceId))
      .orderBy(asc(channels.platform), asc(channels.handle)),
    listVoicesForUser(db, { workspaceId, userId, role }),
    listPostFacets(db, { workspaceId }),
  ]);
  const ids = voices.map((v) => v.id);
  const guides = ids.length
    ? await db
        .select({ id: identities.id, voiceGuide: identities.voiceGuide })
        .from(identities)
        .where(and(eq(identities.workspaceId, workspaceId), inArray(identities.id, ids)))
    : [];
  const guideOf = new Map(guides.map((g) => [g.id, g.voiceGuide]));
  return {
    identities: allIdentities,
    channels: allChannels,
    voices: voices.map((v) => ({
      ...v,
      voiceGuide: guideOf.get(v.id) ?? { tone: "", use: [], avoid: [], banned: [] },
    })),
    ...facets,
  };
}

export type CalendarContext = Awaited<ReturnType<typeof getCalendarContext>>;
