import { and, eq, isNull, sql } from "drizzle-orm";
import type { TriageScope } from "@/lib/inbox/triage";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { conversations, memberships, slaSortKey } from "../schema";
import { recordAudit } from "./audit";
import { triageable, updateTriageable } from "./conversations";

/**
 * Claim next: assigns the most urgent open, unassigned conversation the member may answer (their triage scope) to
 * them. `FOR UPDATE SKIP LOCKED` lets many claimers run at once: each locks a different candidate instead of
 * queueing behind the first, and the UPDATE in the same statement makes the pick and the assignment atomic.
 * Served by conversations_assignee_sla_idx (workspace, assignee IS NULL, 'open', SLA key, id).
 * Returns null when the queue is empty (for this member).
 */
export async function claimNext(
  db: DbOrTx,
  { workspaceId, userId, scope = {} }: { workspaceId: string; userId: string; scope?: TriageScope },
): Promise<{ id: string; version: number } | null> {
  return db.transaction(async (tx) => {
    const slaKey = slaSortKey(conversations.slaDueAt);
    const next = tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          eq(conversations.workspaceId, workspaceId),
          isNull(conversations.assigneeId),
          eq(conversations.status, "open"),
          triageable(tx, scope),
        ),
      )
      .orderBy(slaKey, conversations.id)
      .limit(1)
      .for("update", { skipLocked: true });
    const [row] = await tx
      .update(conversations)
      .set({ assigneeId: userId, version: sql`${conversations.version} + 1` })
      .where(sql`${conversations.id} = (${next})`)
      .returning({ id: conversations.id, version: conversations.version });
    if (!row) return null;
    await recordAudit(tx, {
      workspaceId,
      actorUserId: userId,
      action: "conversation.claimed",
      objectType: "conversation",
      objectId: row.id,
      data: {},
    });
    return row;
  });
}

export async function isActiveMember(db: DbOrTx, workspaceId: string, userId: string) {
  const [member] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.userId, userId),
        sql`${memberships.deactivatedAt} is null`,
      ),
    );
  return member;
}

/**
 * Assigns (assigneeId), reassigns or unassigns (null) one conversation, guarded by version and triage scope.
 * `mayAssignOthers` is conversations.assign; without it a member may only take an unassigned conversation for
 * themselves or give back their own.
 */
export async function assignConversation(
  db: DbOrTx,
  input: {
    workspaceId: string;
    conversationId: string;
    version: number;
    assigneeId: string | null;
    actorUserId: string;
    mayAssignOthers: boolean;
    scope?: TriageScope;
  },
): Promise<Outcome<{ id: string; version: number; assigneeId: string | null }>> {
  const { workspaceId, conversationId, version, assigneeId, actorUserId, mayAssignOthers, scope = {} } = input;
  return db.transaction(async (tx) => {
    if (assigneeId && !(await isActiveMember(tx, workspaceId, assigneeId))) {
      return fail("bad_request", { assigneeId: [{ key: "queue.errors.assignee" }] });
    }
    const only = mayAssignOthers
      ? undefined
      : assigneeId === actorUserId
        ? isNull(conversations.assigneeId) // taking: only what nobody has
        : assigneeId === null
          ? eq(conversations.assigneeId, actorUserId) // giving back: only one's own
          : sql`false`;
    const updated = await updateTriageable(tx, {
      workspaceId,
      conversationId,
      version,
      scope,
      set: { assigneeId },
      only,
    });
    if (!updated.ok) return updated;
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "conversation.assigned",
      objectType: "conversation",
      objectId: conversationId,
      data: { assigneeId },
    });
    return ok({ ...updated.value, assigneeId });
  });
}
