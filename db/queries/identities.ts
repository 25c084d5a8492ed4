import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Role } from "@/db/schema/enum-values";
import { canSpeakAs } from "@/lib/identities/speak-as";
import type { DbOrTx } from "../connect";
import { channels, identities, identityOperators, users } from "../schema";

export const ACTIVITY_DAYS = 30;

type Activity = { replies: number; medianResponseSeconds: number | null; posts: number };

/**
 * Last-30-day activity of every identity of the workspace in one round trip: replies sent by people (automated
 * messages do not count), the median response time over the responses fact table, and published posts.
 */
async function identityActivity(db: DbOrTx, workspaceId: string, now: Date) {
  const since = new Date(now.getTime() - ACTIVITY_DAYS * 86_400_000).toISOString();
  const rows = await db.execute<{ id: string; replies: number; median: number | null; posts: number }>(sql`
    with replies as (
      select identity_id, count(*)::int as n from messages
      where workspace_id = ${workspaceId} and direction = 'outbound' and not automated and sent_at >= ${since}::timestamptz
      group by identity_id
    ), waits as (
      select identity_id, percentile_cont(0.5) within group (order by response_seconds)::float8 as median from responses
      where workspace_id = ${workspaceId} and responded_at >= ${since}::timestamptz
      group by identity_id
    ), published as (
      select identity_id, count(*)::int as n from posts
      where workspace_id = ${workspaceId} and status = 'published' and published_at >= ${since}::timestamptz
      group by identity_id
    )
    select i.id, coalesce(r.n, 0) as replies, w.median, coalesce(p.n, 0) as posts
    from identities i
    left join replies r on r.identity_id = i.id
    left join waits w on w.identity_id = i.id
    left join published p on p.identity_id = i.id
    where i.workspace_id = ${workspaceId}`);
  return new Map<string, Activity>(
    rows.map((r) => [
      r.id,
      {
        replies: Number(r.replies),
        medianResponseSeconds: r.median === null ? null : Number(r.median),
        posts: Number(r.posts),
      },
    ]),
  );
}

/** The workspace's voices (brand first, retired personas last), each with operators, accounts and activity. */
export async function listIdentities(
  db: DbOrTx,
  { workspaceId, now = new Date() }: { workspaceId: string; now?: Date },
) {
  const rows = await db
    .select()
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId))
    .orderBy(asc(identities.kind), asc(identities.status), asc(identities.displayName));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [operators, accounts, activity] = await Promise.all([
    db
      .select({ identityId: identityOperators.identityId, userId: users.id, name: users.name })
      .from(identityOperators)
      .innerJoin(users, eq(users.id, identityOperators.userId))
      .where(and(eq(identityOperators.workspaceId, workspaceId), inArray(identityOperators.identityId, ids)))
      .orderBy(asc(users.name)),
    db
      .select({
        id: channels.id,
        identityId: channels.identityId,
        platform: channels.platform,
        handle: channels.handle,
        status: channels.status,
      })
      .from(channels)
      .where(eq(channels.workspaceId, workspaceId))
      .orderBy(asc(channels.platform), asc(channels.handle)),
    identityActivity(db, workspaceId, now),
  ]);
  return rows.map((identity) => ({
    ...identity,
    operators: operators.filter((o) => o.identityId === identity.id),
    accounts: accounts.filter((a) => a.identityId === identity.id),
    activity: activity.get(identity.id) ?? { replies: 0, medianResponseSeconds: null, posts: 0 },
  }));
}

export type IdentityWithTeam = Awaited<ReturnType<typeof listIdentities>>[number];

/** One identity of the workspace (undefined for another workspace's id), with its operators' user ids. */
export async function getIdentity(
  db: DbOrTx,
  { workspaceId, identityId }: { workspaceId: string; identityId: string },
) {
  const [row] = await db
    .select()
    .from(identities)
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  return row;
}

/**
 * The voices this user may speak as in this workspace, brand first. The database narrows the candidates; the
 * decision is canSpeakAs, the one rule every feature that sends words uses.
 */
export async function listVoicesForUser(
  db: DbOrTx,
  { workspaceId, userId, role }: { workspaceId: string; userId: string; role: Role },
) {
  const rows = await db
    .select({
      id: identities.id,
      kind: identities.kind,
      displayName: identities.displayName,
      handle: identities.handle,
      avatarUrl: identities.avatarUrl,
      signOff: identities.signOff,
      status: identities.status,
      operatorId: identityOperators.userId,
    })
    .from(identities)
    .leftJoin(
      identityOperators,
      and(
        eq(identityOperators.identityId, identities.id),
        eq(identityOperators.userId, userId),
        eq(identityOperators.workspaceId, workspaceId),
      ),
    )
    .where(and(eq(identities.workspaceId, workspaceId), eq(identities.status, "active")))
    .orderBy(asc(identities.kind), asc(identities.displayName));
  return rows
    .filter((r) =>
      canSpeakAs(
        { id: userId, role },
        { kind: r.kind, status: r.status, operatorIds: r.operatorId ? [r.operatorId] : [] },
      ),
    )
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      displayName: r.displayName,
      handle: r.handle,
      avatarUrl: r.avatarUrl,
      signOff: r.signOff,
    }));
}

export type Voice = Awaited<ReturnType<typeof listVoicesForUser>>[number];
