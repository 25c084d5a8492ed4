import type { DbOrTx } from "../connect";
import { auditEvents } from "../schema";

/** Written in the same transaction as the change it records. */
export async function recordAudit(
  db: DbOrTx,
  event: { workspaceId: string; actorUserId: string; action: string; objectType: string; objectId?: string; data?: Record<string, unknown> },
) {
  await db.insert(auditEvents).values(event);
}
