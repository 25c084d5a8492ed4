import { sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { filterSql } from "./reports-histograms";
import { responseStats } from "./reports-stats";
import { activeConversations, bucketSql, conversationScope, type ReportSlice } from "./reports-scope";

export type VolumeRow = {
  /** Local date of the bucket (day, Monday or first of the month). */
  period: string;
  inbound: number;
  answeredBrand: number;
  answeredPersona: number;
  /** Waits running at the end of the bucket (for the current bucket: now). */
  backlog: number;
};

/**
 * Inbound messages, answered waits (brand and persona) and the backlog per bucket of [from, to). `buckets` are the
 * local dates of every bucket in order (lib/reports/buckets.ts), so empty buckets are rows of zeros.
 *
 * Backlog at the end of a bucket = waits that had started before that instant and were not answered by then: the
 * answered ones from `responses` (wait_started_at … responded_at), the running ones from conversations that are
 * waiting now and not resolved. Curtain keeps no history of status changes, so a conversation resolved without a
 * reply leaves no trace of its wait and is not counted on earlier days either.
 */
export async function volumeOverTime(
  db: DbOrTx,
  q: ReportSlice & { buckets: readonly string[] },
): Promise<VolumeRow[]> {
  const { workspaceId, timezone, period } = q;
  const filters = q.filters ?? {};
  const from = q.from.toISOString();
  const to = q.to.toISOString();
  const scope = conversationScope(workspaceId, filters);

  const [inbound, deltas, answered] = await Promise.all([
    // One pass over the messages of conversations active in the range (messages_conversation_idx), grouped once.
    db.execute<{ period: string; n: number }>(sql`
      select ${bucketSql(sql`m.sent_at`, timezone, period)} as period, count(*)::int as n
        from ${activeConversations(q.workspaceId, q.from)}
        join messages m on m.conversation_id = c.id
       where ${scope}
         and m.direction = 'inbound' and m.sent_at >= ${from}::timestamptz and m.sent_at < ${to}::timestamptz
       group by 1`),
    // Each wait adds one to the bucket where it starts (or the first bucket) and takes one off the bucket where it
    // is answered; the running sum over the buckets is the backlog at each bucket's end. One pass, no join per bucket.
    db.execute<{ period: string; n: number }>(sql`
      with waits as (
        select r.wait_started_at as s, r.responded_at as e
          from responses r
         where r.workspace_id = ${workspaceId} and r.responded_at >= ${from}::timestamptz
           and r.wait_started_at < ${to}::timestamptz and ${filterSql(filters)}
        union all
        select c.waiting_since, 'infinity'::timestamptz
          from conversations c
         where ${scope} and c.status in ('open', 'pending', 'snoozed') and c.waiting_since < ${to}::timestamptz
      ), deltas as (
        select greatest(s, ${from}::timestamptz) as at, 1 as d from waits
        union all
        select e, -1 from waits where e < ${to}::timestamptz
      )
      select ${bucketSql(sql`at`, timezone, period)} as period, sum(d)::int as n from deltas group by 1`),
    responseStats(db, {
      workspaceId,
      from: q.from,
      to: q.to,
      hours: "calendar",
      groupBy: [period, "identityKind"],
      filters,
    }),
  ]);

  const inboundBy = new Map([...inbound].map((r) => [r.period, r.n]));
  const deltaBy = new Map([...deltas].map((r) => [r.period, r.n]));
  const answeredBy = new Map(answered.map((r) => [`${r.key[0]}|${r.key[1]}`, r.responses]));
  let backlog = 0;
  return q.buckets.map((bucket) => {
    backlog += deltaBy.get(bucket) ?? 0;
    return {
      period: bucket,
      inbound: inboundBy.get(bucket) ?? 0,
      answeredBrand: answeredBy.get(`${bucket}|brand`) ?? 0,
      answeredPersona: answeredBy.get(`${bucket}|persona`) ?? 0,
      backlog,
    };
  });
}
