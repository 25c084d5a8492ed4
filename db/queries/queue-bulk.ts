import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Category, Priority } from "@/db/schema/enum-values";
import type { TriageScope } from "@/lib/inbox/triage";
import type { ContactTag } from "@/lib/inbox/bulk-schema";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { contacts, conversations } from "../schema";
import { recordAudit } from "./audit";
import { triageable } from "./conversations";
import { isActiveMember } from "./queue-claim";

export type BulkChange =
  | { type: "assign"; assigneeId: string | null }
  | { type: "tag"; tag: ContactTag }
  | { type: "categorise"; category: Category }
  | { type: "priority"; priority: Priority }
  | { type: "resolve" };
export type BulkItem = { id: string; version: number };
export type BulkSkip = { id: string; reason: "changed" | "forbidden" | "not_found" };
export type BulkResult = { succeeded: string[]; skipped: BulkSkip[] };

function columnsFor(change: BulkChange) {
  switch (change.type) {
    case "assign":
      return { assigneeId: change.assigneeId };
    case "categorise":
      return { category: change.category };
    case "priority":
      return { priority: change.priority };
    case "resolve":
      return { status: "resolved" as const, snoozedUntil: null };
    case "tag":
      return {}; // the tag is the contact's; the conversation only gets a new version
  }
}

/**
 * Applies one change to a selection in one transaction: one UPDATE guarded per item by (id, version) plus the
 * workspace and the member's triage scope. Items that did not match are then sorted into "changed meanwhile"
 * (the version moved on), "not allowed" (outside the scope) and "not found" (another workspace's or gone), so
 * the UI can say "12 resolved, 2 skipped because they changed meanwhile".
 */
export async function bulkUpdateConversations(
  db: DbOrTx,
  input: { workspaceId: string; items: BulkItem[]; change: BulkChange; actorUserId: string; scope?: TriageScope },
): Promise<Outcome<BulkResult>> {
  const { workspaceId, items, change, actorUserId, scope = {} } = input;
  return db.transaction(async (tx) => {
    if (change.type === "assign" && change.assigneeId && !(await isActiveMember(tx, workspaceId, change.assigneeId))) {
      return fail("bad_request", { assigneeId: [{ key: "queue.errors.assignee" }] });
    }
    const pairs = or(...items.map((i) => and(eq(conversations.id, i.id), eq(conversations.version, i.version))));
    const updated = await tx
      .update(conversations)
      .set({ ...columnsFor(change), version: sql`${conversations.version} + 1` })
      .where(and(eq(conversations.workspaceId, workspaceId), pairs, triageable(tx, scope)))
      .returning({ id: conversations.id, contactId: conversations.contactId });
    if (change.type === "tag" && updated.length) {
      await tx
        .update(contacts)
        .set({
          labels: sql`(select array_agg(distinct l order by l) from unnest(${contacts.labels} || array[${change.tag}]::text[]) l)`,
        })
        .where(
          and(
            eq(contacts.workspaceId, workspaceId),
            inArray(contacts.id, [...new Set(updated.map((u) => u.contactId))]),
          ),
        );
    }
    const done = new Set(updated.map((u) => u.id));
    const missed = items.filter((i) => !done.has(i.id)).map((i) => i.id);
    const found = missed.length
      ? await tx
          .select({ id: conversations.id, triageable: triageable(tx, scope) })
          .from(conversations)
          .where(and(eq(conversations.workspaceId, workspaceId), inArray(conversations.id, missed)))
      : [];
    const byId = new Map(found.map((f) => [f.id, f]));
    const skipped: BulkSkip[] = missed.map((id) => {
      const row = byId.get(id);
      return { id, reason: !row ? "not_found" : !row.triageable ? "forbidden" : "changed" };
    });
    // Nothing of the selection exists in this workspace: the request as a whole names nothing (not a partial result).
    if (done.size === 0 && skipped.every((s) => s.reason === "not_found")) return fail("not_found");
    for (const id of done) {
      await recordAudit(tx, {
        workspaceId,
        actorUserId,
        action: "conversation.bulk_updated",
        objectType: "conversation",
        objectId: id,
        data: { ...change },
      });
    }
    return ok({ succeeded: [...done], skipped });
  });
}
