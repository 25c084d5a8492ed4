import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { auditEvents } from "../schema";

/**
 * The audit events of one object, newest first, as the fields a test asserts. Every mutation's test checks its
 * event with this, so deleting a recordAudit call turns a test red.
 */
export async function auditTrail(db: DbOrTx, { workspaceId, objectId }: { workspaceId: string; objectId: string }) {
  return db
    .select({
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      objectType: auditEvents.objectType,
      data: auditEvents.data,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.workspaceId, workspaceId), eq(auditEvents.objectId, objectId)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id));
}
