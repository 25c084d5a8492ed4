import { and, eq, isNotNull } from "drizzle-orm";
import { slaDueAt } from "@/lib/sla/due";
import type { DbOrTx } from "../connect";
import { conversations, workspaces } from "../schema";

/** The columns of a workspace the SLA clock reads (lib/sla/due.ts SlaSettings). */
export const slaSettingsColumns = {
  timezone: workspaces.timezone,
  businessHours: workspaces.businessHours,
  slaTargets: workspaces.slaTargets,
  slaBusinessHours: workspaces.slaBusinessHours,
  closedDays: workspaces.closedDays,
};

/**
 * Sets a waiting conversation's due time again from its wait's start and its current priority (after a priority
 * change). Call inside the transaction that changed it; a conversation nobody waits on keeps no due time.
 */
export async function refreshSlaDueAt(
  tx: DbOrTx,
  { workspaceId, conversationId }: { workspaceId: string; conversationId: string },
) {
  const [row] = await tx
    .select({
      priority: conversations.priority,
      waitingSince: conversations.waitingSince,
      settings: slaSettingsColumns,
    })
    .from(conversations)
    .innerJoin(workspaces, eq(workspaces.id, conversations.workspaceId))
    .where(
      and(
        eq(conversations.id, conversationId),
        eq(conversations.workspaceId, workspaceId),
        isNotNull(conversations.waitingSince),
      ),
    );
  if (!row?.waitingSince) return null;
  const due = slaDueAt(row.settings, row.priority, row.waitingSince);
  await tx
    .update(conversations)
    .set({ slaDueAt: due })
    .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
  return due;
}
