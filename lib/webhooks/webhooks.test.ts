import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebhookEndpoint, setWebhookEndpointEnabled } from "@/db/queries/webhooks";
import { webhookDeliveries } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { verifySignature } from "@/lib/http/signature";
import { deliverWebhook } from "./deliver";
import { emitWebhookEvent } from "./emit";
import { ingestEvents } from "@/db/queries/ingest";
import { sendReply } from "@/db/queries/replies";
import { conversations } from "@/db/schema";

const db = testDb();
let fx: WorkspaceFixture;
let server: Server;
let baseUrl = "";
const received: { path: string; body: string; headers: IncomingMessage["headers"] }[] = [];
/** Status per path for the next requests: a number answers, "hang" never answers. */
const plan = new Map<string, (number | "hang")[]>();

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Webhooks");
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      received.push({ path: req.url ?? "", body, headers: req.headers });
      const next = plan.get(req.url ?? "")?.shift() ?? 200;
      if (next === "hang") return;
      res.writeHead(next).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function endpoint(
  path: string,
  eventTypes: ("conversation.created" | "message.created")[] = ["conversation.created"],
) {
  const created = await createWebhookEndpoint(db, {
    workspaceId: fx.workspaceId,
    actorUserId: fx.users.admin.id,
    url: `${baseUrl}${path}`,
    eventTypes,
  });
  if (!created.ok) throw new Error(created.code);
  return created.value;
}

async function deliveriesOf(endpointId: string) {
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
}

describe("outgoing webhooks", () => {
  it("announces a new conversation and its message from ingestion, and a member's reply", async () => {
    const hook = await endpoint("/events", ["conversation.created", "message.created"]);
    const ingested = await ingestEvents(db, {
      workspaceId: fx.workspaceId,
      channelId: fx.channelId,
      events: [
        {
          externalId: `evt-${fx.tag}`,
          direction: "inbound",
          kind: "mention",
          text: "Where is my order?",
          createdAt: new Date().toISOString(),
          author: { id: "a1", handle: "@asker" },
        },
      ],
    });
    if (!ingested.ok) throw new Error(ingested.code);
    const conversationId = ingested.value[0]!.conversationId!;
    const types = async () => (await deliveriesOf(hook.id)).map((d) => d.eventType).sort();
    expect(await types()).toEqual(["conversation.created", "message.created"]);
    const [conversation] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
    const replied = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId,
      version: conversation!.version,
      identityId: fx.identities.brand,
      body: "Let me check.",
      user: { id: fx.users.admin.id, role: "admin" },
    });
    expect(replied.ok).toBe(true);
    expect(await types()).toEqual(["conversation.created", "message.created", "message.created"]);
  });

  it("queues an event only for enabled endpoints subscribed to its type, inside the caller's transaction", async () => {
    const wanted = await endpoint("/wanted");
    const other = await endpoint("/other", ["message.created"]);
    const off = await endpoint("/off");
    await setWebhookEndpointEnabled(db, {
      workspaceId: fx.workspaceId,
      actorUserId: fx.users.admin.id,
      endpointId: off.id,
      enabled: false,
    });
    await db
      .transaction(async (tx) => {
        await emitWebhookEvent(tx, {
          workspaceId: fx.workspaceId,
          type: "conversation.created",
          data: { conversationId: "rolled-back" },
        });
        throw new Error("rollback");
      })
      .catch(() => {});
    await emitWebhookEvent(db, {
      workspaceId: fx.workspaceId,
      type: "conversation.created",
      data: { conversationId: "c1" },
    });
    expect(await deliveriesOf(wanted.id)).toHaveLength(1);
    expect(await deliveriesOf(other.id)).toHaveLength(0);
    expect(await deliveriesOf(off.id)).toHaveLength(0);
    const [delivery] = await deliveriesOf(wanted.id);
    const jobs = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
        where t.identifier = 'deliver-webhook' and j.payload->>'deliveryId' = ${delivery!.id} and j.max_attempts = 10`,
    );
    expect(jobs[0]!.n).toBe(1);
  });

  it("signs the body with the endpoint's secret, retries a non-2xx answer and logs every attempt", async () => {
    const hook = await endpoint("/flaky");
    plan.set("/flaky", [500]);
    await emitWebhookEvent(db, {
      workspaceId: fx.workspaceId,
      type: "conversation.created",
      data: { conversationId: "c2" },
    });
    const [delivery] = await deliveriesOf(hook.id);
    expect(await deliverWebhook(db, { deliveryId: delivery!.id, attempt: 1, maxAttempts: 3 })).toMatchObject({
      status: "retry",
      reason: "HTTP 500",
    });
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: "pending",
      attempts: 1,
      responseCode: 500,
      lastError: "HTTP 500",
    });
    expect(await deliverWebhook(db, { deliveryId: delivery!.id, attempt: 2, maxAttempts: 3 })).toMatchObject({
      status: "delivered",
    });
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: "delivered",
      attempts: 2,
      responseCode: 200,
      lastError: null,
    });

    const request = received.filter((r) => r.path === "/flaky").at(-1)!;
    const check = verifySignature({
      secret: hook.secret,
      timestamp: request.headers["x-curtain-timestamp"] as string,
      signature: request.headers["x-curtain-signature"] as string,
      rawBody: request.body,
    });
    expect(check).toEqual({ ok: true });
    expect(JSON.parse(request.body)).toMatchObject({ type: "conversation.created", data: { conversationId: "c2" } });
    // A job that runs again after success sends nothing more.
    expect(await deliverWebhook(db, { deliveryId: delivery!.id, attempt: 3, maxAttempts: 3 })).toMatchObject({
      status: "skipped",
    });
  });

  it("counts a receiver that does not answer in time as a failed attempt, and the last attempt as failed", async () => {
    const hook = await endpoint("/slow");
    plan.set("/slow", ["hang"]);
    await emitWebhookEvent(db, {
      workspaceId: fx.workspaceId,
      type: "conversation.created",
      data: { conversationId: "c3" },
    });
    const [delivery] = await deliveriesOf(hook.id);
    const result = await deliverWebhook(db, { deliveryId: delivery!.id, attempt: 2, maxAttempts: 2, timeoutMs: 300 });
    expect(result.status).toBe("failed");
    expect((await deliveriesOf(hook.id))[0]).toMatchObject({
      status: "failed",
      attempts: 1,
      responseCode: null,
      lastError: "timed out after 300 ms",
    });
  });
});
