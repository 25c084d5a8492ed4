import { and, eq } from "drizzle-orm";
import type { TriageScope } from "@/lib/inbox/triage";
import { fail, FailureError, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { identities } from "../schema";
import { recordAudit } from "./audit";
import { updateTriageable } from "./conversations";
import { addNote } from "./notes";
import { isActiveMember } from "./queue-claim";

export type EscalationTarget = { to: "brand" } | { to: "manager"; managerId: string };

/**
 * Hands a conversation up: to the brand queue (routed to the brand identity, unassigned, open) or to a manager or
 * admin (assigned to them, open). The reason is kept as a note in the same transaction; a manager is @mentioned in
 * it, so they are notified.
 */
export async function escalateConversation(
  db: DbOrTx,
  input: {
    workspaceId: string;
    conversationId: string;
    version: number;
    target: EscalationTarget;
    note: string;
    actorUserId: string;
    scope?: TriageScope;
  },
): Promise<Outcome<{ id: string; version: number }>> {
  const { workspaceId, conversationId, version, target, note, actorUserId, scope = {} } = input;
  try {
    return await db.transaction(async (tx) => {
      let changes: { identityId?: string; assigneeId: string | null };
      if (target.to === "brand") {
        const [brand] = await tx
          .select({ id: identities.id })
          .from(identities)
          .where(
            and(eq(identities.workspaceId, workspaceId), eq(identities.kind, "brand"), eq(identities.status, "active")),
          )
          .limit(1);
        if (!brand) return fail("conflict");
        changes = { identityId: brand.id, assigneeId: null };
      } else {
        const member = await isActiveMember(tx, workspaceId, target.managerId);
        if (!member || (member.role !== "manager" && member.role !== "admin")) {
          return fail("bad_request", { managerId: [{ key: "queue.errors.manager" }] });
        }
        changes = { assigneeId: target.managerId };
      }
      const updated = await updateTriageable(tx, {
        workspaceId,
        conversationId,
        version,
        scope,
        set: { ...changes, status: "open", snoozedUntil: null },
      });
      if (!updated.ok) return updated;
      const noted = await addNote(tx, {
        workspaceId,
        conversationId,
        authorUserId: actorUserId,
        body: note,
        mentions: target.to === "manager" ? [target.managerId] : [],
      });
      // An empty note rolls the whole escalation back (the wrapper translates the field problem).
      if (!noted.ok) throw new FailureError(noted);
      await recordAudit(tx, {
        workspaceId,
        actorUserId,
        action: "conversation.escalated",
        objectType: "conversation",
        objectId: conversationId,
        data: { ...target },
      });
      return updated;
    });
  } catch (error) {
    if (error instanceof FailureError) return error.failure;
    throw error;
  }
}
