import { and, eq, sql } from "drizzle-orm";
import type { Category, ConversationStatus, Priority } from "@/db/schema/enum-values";
import type { CONTACT_LABELS } from "@/lib/conversation/schemas";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { contacts, memberships } from "../schema";
import type { TriageScope } from "@/lib/inbox/triage";
import { recordAudit } from "./audit";
import { statusChange, updateTriageable } from "./conversations";
import { refreshSlaDueAt } from "./sla-due";

export type ConversationChanges = {
  status?: ConversationStatus;
  priority?: Priority;
  category?: Category;
  sentiment?: "positive" | "neutral" | "negative";
  /** null unassigns. */
  assigneeId?: string | null;
};

/**
 * Edits a conversation in place (the view's status, priority, category, sentiment and assignee controls), guarded
 * by the version the editor saw and by the member's triage scope (a community manager only changes conversations
 * routed to a persona they operate). An assignee must be an active member of the same workspace.
 */
export async function updateConversation(
  db: DbOrTx,
  {
    workspaceId,
    conversationId,
    version,
    changes,
    actorUserId,
    scope = {},
  }: {
    workspaceId: string;
    conversationId: string;
    version: number;
    changes: ConversationChanges;
    actorUserId: string;
    scope?: TriageScope;
  },
): Promise<Outcome<{ id: string; version: number }>> {
  return db.transaction(async (tx) => {
    if (changes.assigneeId) {
      const [member] = await tx
        .select({ id: memberships.id })
        .from(memberships)
        .where(
          and(
            eq(memberships.workspaceId, workspaceId),
            eq(memberships.userId, changes.assigneeId),
            sql`${memberships.deactivatedAt} is null`,
          ),
        );
      if (!member) return fail("bad_request", { assigneeId: [{ key: "conversation.errors.assignee" }] });
    }
    const { status, ...rest } = changes;
    const updated = await updateTriageable(tx, {
      workspaceId,
      conversationId,
      version,
      scope,
      set: {
        ...rest,
        ...(status ? statusChange(status) : {}),
      },
    });
    if (!updated.ok) return updated;
    // The target is per priority, so a new priority moves the due time of the running wait.
    if (changes.priority) await refreshSlaDueAt(tx, { workspaceId, conversationId });
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "conversation.updated",
      objectType: "conversation",
      objectId: conversationId,
      data: { ...changes },
    });
    return updated;
  });
}

export type ContactLabel = (typeof CONTACT_LABELS)[number];

/** Replaces a contact's tags (fan, critic, VIP). */
export async function setContactLabels(
  db: DbOrTx,
  {
    workspaceId,
    contactId,
    labels,
    actorUserId,
  }: { workspaceId: string; contactId: string; labels: ContactLabel[]; actorUserId: string },
): Promise<Outcome<{ id: string; labels: string[] }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(contacts)
      .set({ labels: [...new Set(labels)].sort() })
      .where(and(eq(contacts.id, contactId), eq(contacts.workspaceId, workspaceId)))
      .returning({ id: contacts.id, labels: contacts.labels });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "contact.tagged",
      objectType: "contact",
      objectId: contactId,
      data: { labels: row.labels },
    });
    return ok(row);
  });
}
