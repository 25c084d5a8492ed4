import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../connect";

/**
 * THE audit events that mean "a member resolved this conversation": a status change to resolved (alone or in a
 * bulk action) or a reply sent with "Send & resolve". The conversation export's resolved_at and the team table's
 * resolved count both read them.
 */
export const resolvedEvent = (a: SQL) => sql`(
  (${a}.action in ('conversation.updated', 'conversation.bulk_updated') and ${a}.data ->> 'status' = 'resolved')
  or (${a}.action = 'conversation.replied' and ${a}.data ->> 'resolved' = 'true'))`;

/**
 * Conversations each member resolved in [from, to): distinct conversations per actor, so resolving, reopening and
 * resolving again the same day counts once. Uses audit_events_workspace_time_idx. (Dates go in as ISO strings:
 * postgres.js does not serialise a Date inside a raw `sql` fragment.)
 */
export async function resolvedByMember(
  db: DbOrTx,
  q: { workspaceId: string; from: Date; to: Date; userIds?: string[] },
): Promise<Map<string, number>> {
  const rows = await db.execute<{ userId: string; resolved: number }>(sql`
    select a.actor_user_id as "userId", count(distinct a.object_id)::int as resolved
    from audit_events a
    where a.workspace_id = ${q.workspaceId} and a.created_at >= ${q.from.toISOString()}::timestamptz and a.created_at < ${q.to.toISOString()}::timestamptz
      and a.actor_user_id is not null and ${resolvedEvent(sql.raw("a"))}
      ${
        q.userIds
          ? sql`and a.actor_user_id in ${sql`(${sql.join(
              q.userIds.map((id) => sql`${id}`),
              sql`, `,
            )})`}`
          : sql``
      }
    group by a.actor_user_id`);
  return new Map(rows.map((r) => [r.userId, r.resolved]));
}
