import { randomBytes } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { open, seal } from "@/lib/crypto/secret-box";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { webhookDeliveries, webhookEndpoints, type WebhookEventType } from "../schema";
import { recordAudit } from "./audit";

const SECRET_CONTEXT = "webhook-endpoint";
type Scope = { workspaceId: string; actorUserId: string };

export async function listWebhookEndpoints(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: webhookEndpoints.id,
      url: webhookEndpoints.url,
      eventTypes: webhookEndpoints.eventTypes,
      enabled: webhookEndpoints.enabled,
      createdAt: webhookEndpoints.createdAt,
    })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.workspaceId, workspaceId))
    .orderBy(webhookEndpoints.createdAt);
}

/** Creates an endpoint and returns its signing secret — the only time it is readable outside the worker. */
export async function createWebhookEndpoint(
  db: DbOrTx,
  { workspaceId, actorUserId, url, eventTypes }: Scope & { url: string; eventTypes: WebhookEventType[] },
): Promise<Outcome<{ id: string; secret: string }>> {
  const secret = `whsec_${randomBytes(24).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({ workspaceId, url, eventTypes, secretEncrypted: seal(secret, connectorSecretKey(), SECRET_CONTEXT) })
      .returning({ id: webhookEndpoints.id });
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "webhook.created",
      objectType: "webhook",
      objectId: row!.id,
      data: { url, eventTypes },
    });
    return ok({ id: row!.id, secret });
  });
}

export async function setWebhookEndpointEnabled(
  db: DbOrTx,
  { workspaceId, actorUserId, endpointId, enabled }: Scope & { endpointId: string; enabled: boolean },
): Promise<Outcome<undefined>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ enabled })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspaceId)))
      .returning({ id: webhookEndpoints.id });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: enabled ? "webhook.enabled" : "webhook.disabled",
      objectType: "webhook",
      objectId: endpointId,
    });
    return ok();
  });
}

export async function deleteWebhookEndpoint(
  db: DbOrTx,
  { workspaceId, actorUserId, endpointId }: Scope & { endpointId: string },
): Promise<Outcome<undefined>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.workspaceId, workspaceId)))
      .returning({ url: webhookEndpoints.url });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "webhook.deleted",
      objectType: "webhook",
      objectId: endpointId,
      data: { url: row.url },
    });
    return ok();
  });
}

/** The delivery log: the newest deliveries of the workspace's endpoints. */
export async function listWebhookDeliveries(
  db: DbOrTx,
  { workspaceId, limit = 50 }: { workspaceId: string; limit?: number },
) {
  return db
    .select({
      id: webhookDeliveries.id,
      endpointId: webhookDeliveries.endpointId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      responseCode: webhookDeliveries.responseCode,
      lastError: webhookDeliveries.lastError,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.workspaceId, workspaceId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

/** What the delivery job needs: the payload, the endpoint and its secret (decrypted only here, in the worker). */
export async function loadDelivery(db: DbOrTx, { deliveryId }: { deliveryId: string }) {
  const [row] = await db
    .select({
      id: webhookDeliveries.id,
      status: webhookDeliveries.status,
      payload: webhookDeliveries.payload,
      url: webhookEndpoints.url,
      enabled: webhookEndpoints.enabled,
      secretEncrypted: webhookEndpoints.secretEncrypted,
    })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  return row ? { ...row, secret: open(row.secretEncrypted, connectorSecretKey(), SECRET_CONTEXT) } : undefined;
}

/** Records one attempt; only a pending delivery changes (a job that runs twice after a crash cannot undo "delivered"). */
export async function recordDeliveryAttempt(
  db: DbOrTx,
  input: {
    deliveryId: string;
    status: "pending" | "delivered" | "failed";
    responseCode: number | null;
    error: string | null;
  },
) {
  await db
    .update(webhookDeliveries)
    .set({
      status: input.status,
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      responseCode: input.responseCode,
      lastError: input.error,
      deliveredAt: input.status === "delivered" ? new Date() : null,
    })
    .where(and(eq(webhookDeliveries.id, input.deliveryId), eq(webhookDeliveries.status, "pending")));
}
