import { and, eq, inArray } from "drizzle-orm";
import type { Role } from "@/db/schema/enum-values";
import { canSpeakAs } from "@/lib/identities/speak-as";
export { channelFits } from "@/lib/calendar/content";
import type { DbOrTx } from "../connect";
import { channels, identities, identityOperators, posts } from "../schema";

export type PostActor = { userId: string; role: Role };

/** An identity of the workspace with its voice guide, and whether this member may speak as it; undefined if none. */
export async function voiceOf(
  db: DbOrTx,
  { workspaceId, identityId, actor }: { workspaceId: string; identityId: string; actor: PostActor },
) {
  const [row] = await db
    .select({
      id: identities.id,
      kind: identities.kind,
      status: identities.status,
      signOff: identities.signOff,
      voiceGuide: identities.voiceGuide,
      operatorId: identityOperators.userId,
    })
    .from(identities)
    .leftJoin(
      identityOperators,
      and(eq(identityOperators.identityId, identities.id), eq(identityOperators.userId, actor.userId)),
    )
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  if (!row) return undefined;
  const operatorIds = row.operatorId ? [row.operatorId] : [];
  return { ...row, speaks: canSpeakAs({ id: actor.userId, role: actor.role }, { ...row, operatorIds }) };
}
export type PostVoice = NonNullable<Awaited<ReturnType<typeof voiceOf>>>;

/** The workspace's channels among the ids, with the kind of the identity that owns each (others are absent). */
export async function channelsOf(
  db: DbOrTx,
  { workspaceId, channelIds }: { workspaceId: string; channelIds: string[] },
) {
  if (channelIds.length === 0) return [];
  return db
    .select({
      id: channels.id,
      platform: channels.platform,
      identityId: channels.identityId,
      ownerKind: identities.kind,
    })
    .from(channels)
    .innerJoin(identities, eq(identities.id, channels.identityId))
    .where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, channelIds)));
}

/** A post of the workspace, for a change: its state and version as they are now (locked until commit). */
export async function postForChange(db: DbOrTx, { workspaceId, postId }: { workspaceId: string; postId: string }) {
  const [row] = await db
    .select({
      id: posts.id,
      identityId: posts.identityId,
      authorUserId: posts.authorUserId,
      status: posts.status,
      body: posts.body,
      scheduledAt: posts.scheduledAt,
      version: posts.version,
    })
    .from(posts)
    .where(and(eq(posts.id, postId), eq(posts.workspaceId, workspaceId)))
    .for("update");
  return row;
}
export type PostForChange = NonNullable<Awaited<ReturnType<typeof postForChange>>>;
