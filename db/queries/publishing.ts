import { and, eq, sql } from "drizzle-orm";
import { emitWebhookEvents } from "@/lib/webhooks/emit";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { TargetStatus } from "@/db/schema/enum-values";
import type { DbOrTx } from "../connect";
import { identities, posts, postTargets } from "../schema";

/** Post statuses under which a target may go out (failed/published: a retried target of a finished post). */
const LIVE_POST = sql`${posts.status} in ('scheduled', 'published', 'failed')`;
/** The same, for raw SQL where the post is aliased `p`. */
const LIVE_P = sql.raw(`p.status in ('scheduled', 'published', 'failed')`);
/** A job may run a little early (clocks, run_at rounding); a post moved further out waits for its new job. */
const EARLY_SLACK = sql`interval '5 seconds'`;

export type ClaimedTarget = {
  id: string;
  postId: string;
  workspaceId: string;
  channelId: string;
  body: string;
  idempotencyKey: string;
  attempts: number;
  firstSentAt: Date;
  identityKind: "brand" | "persona";
  /** `send`: nothing can have reached the platform unacknowledged. `reconcile`: a worker died mid-publish. */
  mode: "send" | "reconcile";
};
export type ClaimOutcome = { claimed: ClaimedTarget } | { skipped: string };

/**
 * Takes one target for publishing under a lease, inside a row lock so two workers (or a duplicate job) can never
 * both take it: a pending target whose post is due, or a target whose previous worker's lease ran out (it died
 * mid-publish — the caller reconciles instead of sending blindly). Everything else is a skip with the reason.
 */
export async function claimTarget(db: DbOrTx, targetId: string, leaseSeconds: number): Promise<ClaimOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        id: postTargets.id,
        postId: postTargets.postId,
        workspaceId: postTargets.workspaceId,
        channelId: postTargets.channelId,
        status: postTargets.status,
        body: sql<string>`coalesce(${postTargets.bodyOverride}, ${posts.body})`,
        idempotencyKey: postTargets.idempotencyKey,
        attempts: postTargets.attempts,
        leaseOver: sql<boolean>`coalesce(${postTargets.leaseExpiresAt} < now(), true)`,
        postLive: sql<boolean>`${LIVE_POST}`,
        due: sql<boolean>`coalesce(${posts.scheduledAt} <= now() + ${EARLY_SLACK}, false)`,
        identityKind: identities.kind,
      })
      .from(postTargets)
      .innerJoin(posts, eq(posts.id, postTargets.postId))
      .innerJoin(identities, eq(identities.id, posts.identityId))
      .where(eq(postTargets.id, targetId))
      .for("update", { of: postTargets });
    if (!row) return { skipped: "target deleted" };
    let mode: ClaimedTarget["mode"];
    if (row.status === "pending") {
      if (!row.postLive) return { skipped: "post is no longer scheduled" };
      if (!row.due) return { skipped: "post was rescheduled" };
      mode = "send";
    } else if (row.status === "publishing" && row.leaseOver) mode = "reconcile";
    else return { skipped: `target is ${row.status}` };

    const [updated] = await tx
      .update(postTargets)
      .set({
        status: "publishing",
        attempts: sql`${postTargets.attempts} + 1`,
        firstSentAt: sql`coalesce(${postTargets.firstSentAt}, now())`,
        leaseExpiresAt: sql`now() + make_interval(secs => ${leaseSeconds})`,
      })
      .where(and(eq(postTargets.id, targetId), eq(postTargets.status, row.status)))
      .returning({ attempts: postTargets.attempts, firstSentAt: postTargets.firstSentAt });
    return {
      claimed: {
        id: row.id,
        postId: row.postId,
        workspaceId: row.workspaceId,
        channelId: row.channelId,
        body: row.body,
        idempotencyKey: row.idempotencyKey,
        attempts: updated!.attempts,
        firstSentAt: updated!.firstSentAt!,
        identityKind: row.identityKind,
        mode,
      },
    };
  });
}

const publishing = (targetId: string) => and(eq(postTargets.id, targetId), eq(postTargets.status, "publishing"));

/**
 * Records a target's end state and settles its post in one transaction. The post row is locked first, so sibling
 * targets finishing at the same moment settle one after the other and the last one sees all states (two
 * concurrent transactions would each see the other's target still publishing and leave the post unsettled), and a
 * crash cannot fall between the target's state and the post's.
 */
async function finishTarget(
  db: DbOrTx,
  targetId: string,
  set: PgUpdateSetSource<typeof postTargets>,
  { settle }: { settle: boolean },
) {
  return db.transaction(async (tx) => {
    const [owner] = await tx
      .select({ postId: postTargets.postId })
      .from(postTargets)
      .where(eq(postTargets.id, targetId));
    if (!owner) return null;
    if (settle) await tx.select({ id: posts.id }).from(posts).where(eq(posts.id, owner.postId)).for("update");
    const [row] = await tx
      .update(postTargets)
      .set(set)
      .where(publishing(targetId))
      .returning({ postId: postTargets.postId });
    if (row && settle) await settlePostStatus(tx, row.postId);
    return row ?? null;
  });
}

/** The platform accepted it: record its id and link; metrics follow from now on (the first snapshot is due now). */
export async function markTargetPublished(
  db: DbOrTx,
  targetId: string,
  { externalId, url }: { externalId: string; url: string | null },
) {
  return finishTarget(
    db,
    targetId,
    {
      status: "published",
      externalId,
      externalUrl: url,
      error: null,
      publishedAt: sql`now()`,
      leaseExpiresAt: null,
      metricsDueAt: sql`now()`,
    },
    { settle: true },
  );
}

/** Ends a publishing attempt without success: back to pending for a retry, or failed / unknown with the reason. */
export async function finishTargetAttempt(
  db: DbOrTx,
  targetId: string,
  { status, reason }: { status: Extract<TargetStatus, "pending" | "failed" | "unknown">; reason: string },
) {
  return finishTarget(
    db,
    targetId,
    { status, error: reason.slice(0, 500), leaseExpiresAt: null },
    { settle: status !== "pending" },
  );
}

/**
 * A post's status follows its targets once none is pending or publishing: published when at least one target
 * went out (the UI calls it "partially failed" when another failed or is unknown), failed when none did. Bumps the
 * version so an editor holding the older state gets a conflict. Safe under concurrent calls for sibling targets.
 */
export async function settlePostStatus(db: DbOrTx, postId: string) {
  const settled = await db.execute<{ id: string; workspace_id: string; status: "published" | "failed" }>(sql`
    update ${posts} p set
      status = d.next::post_status,
      published_at = case when d.next = 'published' then coalesce(p.published_at, d.first_published) else p.published_at end,
      version = p.version + 1,
      updated_at = now()
    from (
      select case
          when count(*) filter (where status in ('pending', 'publishing')) > 0 then null
          when count(*) filter (where status = 'published') > 0 then 'published'
          else 'failed' end as next,
        min(published_at) as first_published
      from ${postTargets} where post_id = ${postId}
    ) d
    where p.id = ${postId} and d.next is not null and ${LIVE_P} and p.status::text <> d.next
    returning p.id, p.workspace_id, p.status`);
  // Outgoing webhooks (Settings → Webhooks): announced once, when the post's status actually changes.
  await emitWebhookEvents(
    db,
    settled.map((row) => ({
      workspaceId: row.workspace_id,
      type: row.status === "published" ? ("post.published" as const) : ("post.failed" as const),
      data: { postId: row.id },
    })),
  );
}

/**
 * Targets that need a publish job and have none alive: leases that ran out (the worker died), and due pending
 * targets whose job is missing or held by a worker that stopped long ago (graphile-worker frees a dead worker's
 * jobs only after 4 hours). Reads graphile-worker's job table (pinned 0.16).
 */
export async function orphanedTargets(db: DbOrTx, { leaseSeconds, limit }: { leaseSeconds: number; limit: number }) {
  const rows = await db.execute<{ id: string }>(sql`
    select t.id
    from ${postTargets} t join ${posts} p on p.id = t.post_id
    where (
        (t.status = 'publishing' and t.lease_expires_at < now())
        or (t.status = 'pending' and ${LIVE_P} and p.scheduled_at < now() - interval '30 seconds')
      )
      and not exists (
        select 1 from graphile_worker._private_jobs j
        where j.key = 'publish-target:' || t.id
          and (j.locked_at is null or j.locked_at > now() - make_interval(secs => ${leaseSeconds}))
      )
    limit ${limit}`);
  return rows.map((r) => r.id);
}

/**
 * Due posts whose targets have all finished but whose status was never settled (a crash in an older version, a
 * target changed by hand): settled by the sweep.
 */
export async function settleStrandedPosts(db: DbOrTx, limit: number) {
  const rows = await db.execute<{ id: string }>(sql`
    select p.id from ${posts} p
    where p.status = 'scheduled' and p.scheduled_at < now() - interval '1 minute'
      and exists (select 1 from ${postTargets} t where t.post_id = p.id)
      and not exists (select 1 from ${postTargets} t where t.post_id = p.id and t.status in ('pending', 'publishing'))
    limit ${limit}`);
  for (const { id } of rows) await settlePostStatus(db, id);
  return rows.length;
}
