import { and, eq, sql } from "drizzle-orm";
import type { TriageScope } from "@/lib/inbox/triage";
import { addJob } from "@/lib/jobs/add-job";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { auditEvents, conversations } from "../schema";
import { recordAudit } from "./audit";
import { updateTriageable } from "./conversations";

/** One wake-up job per conversation: snoozing again replaces the waiting job instead of adding a second. */
export const wakeJobKey = (conversationId: string) => `wake-conversation:${conversationId}`;
/** The furthest a conversation can be snoozed. */
export const SNOOZE_MAX_DAYS = 90;

/**
 * Snoozes a conversation until `until`: it leaves the open queue and comes back by itself at that time (the
 * wake-conversation job, enqueued in the same transaction), or at once when the contact writes again
 * (recordInboundMessage reopens snoozed conversations; the job then finds nothing to do).
 */
export async function snoozeConversation(
  db: DbOrTx,
  input: {
    workspaceId: string;
    conversationId: string;
    version: number;
    until: Date;
    actorUserId: string;
    scope?: TriageScope;
  },
): Promise<Outcome<{ id: string; version: number; snoozedUntil: Date }>> {
  const { workspaceId, conversationId, version, until, actorUserId, scope = {} } = input;
  const now = Date.now();
  if (until.getTime() <= now + 60_000 || until.getTime() > now + SNOOZE_MAX_DAYS * 86_400_000) {
    return fail("bad_request", { until: [{ key: "queue.errors.snoozeUntil", values: { days: SNOOZE_MAX_DAYS } }] });
  }
  return db.transaction(async (tx) => {
    const updated = await updateTriageable(tx, {
      workspaceId,
      conversationId,
      version,
      scope,
      set: { status: "snoozed", snoozedUntil: until },
    });
    if (!updated.ok) return updated;
    await addJob(tx, "wake-conversation", { conversationId }, { jobKey: wakeJobKey(conversationId), runAt: until });
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "conversation.snoozed",
      objectType: "conversation",
      objectId: conversationId,
      data: { until: until.toISOString() },
    });
    return ok({ ...updated.value, snoozedUntil: until });
  });
}

/**
 * The wake-conversation job: reopens the conversation if it is still snoozed and its time has come. A
 * conversation reopened meanwhile (a new message, someone's click) or snoozed again for later is left alone.
 */
export async function wakeConversation(db: DbOrTx, { conversationId }: { conversationId: string }) {
  const rows = await db
    .update(conversations)
    .set({ status: "open", snoozedUntil: null, version: sql`${conversations.version} + 1` })
    .where(
      and(
        eq(conversations.id, conversationId),
        eq(conversations.status, "snoozed"),
        sql`${conversations.snoozedUntil} <= now() + interval '1 second'`,
      ),
    )
    .returning({ id: conversations.id, workspaceId: conversations.workspaceId });
  const woken = rows[0];
  if (woken) {
    // No actor: the clock woke it (recordAudit's events always have a member behind them).
    await db.insert(auditEvents).values({
      workspaceId: woken.workspaceId,
      action: "conversation.woken",
      objectType: "conversation",
      objectId: woken.id,
      data: {},
    });
  }
  return Boolean(woken);
}
