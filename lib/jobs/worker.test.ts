import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { sendReply } from "@/db/queries/replies";
import { conversations, messages, sandboxDeliveries } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { startWorker, type WorkerHandle } from "./worker";

const db = testDb();
let fx: WorkspaceFixture;
const workers: WorkerHandle[] = [];

beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Worker");
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
});

async function queueReplies(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const [conversation] = await db
      .insert(conversations)
      .values({
        workspaceId: fx.workspaceId,
        channelId: fx.channelId,
        contactId: fx.contactId,
        kind: "comment",
        waitingSince: new Date(),
      })
      .returning({ id: conversations.id });
    const result = await sendReply(db, {
      workspaceId: fx.workspaceId,
      conversationId: conversation!.id,
      version: 1,
      identityId: fx.identities.brand,
      body: `Reply ${i}`,
      user: { id: fx.users.social_media_manager.id, role: "social_media_manager" },
    });
    if (!result.ok) throw new Error(result.code);
    ids.push(result.value.message.id);
  }
  return ids;
}

async function waitUntilSent(ids: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = await db.select({ status: messages.deliveryStatus }).from(messages).where(inArray(messages.id, ids));
    if (rows.every((r) => r.status === "sent")) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("replies were not delivered in time");
}

describe("the worker", () => {
  it("delivers replies queued while no worker ran, each exactly once, also with two workers", async () => {
    const ids = await queueReplies(8);
    const queued = await db.select({ status: messages.deliveryStatus }).from(messages).where(inArray(messages.id, ids));
    expect(queued.every((r) => r.status === "queued")).toBe(true);

    const url = inject("databaseUrl");
    workers.push(await startWorker({ connectionString: url, concurrency: 2, pollInterval: 200, quiet: true }));
    workers.push(await startWorker({ connectionString: url, concurrency: 2, pollInterval: 200, quiet: true }));
    await waitUntilSent(ids);

    const keys = ids.map((id) => `reply:${id}`);
    const sent = await db
      .select({ key: sandboxDeliveries.idempotencyKey })
      .from(sandboxDeliveries)
      .where(inArray(sandboxDeliveries.idempotencyKey, keys));
    expect(sent.map((r) => r.key).sort()).toEqual(keys.sort());
    const [one] = await db.select().from(messages).where(eq(messages.id, ids[0]!));
    expect(one!.externalId).toMatch(/^sbx_/);
    expect(one!.attempts).toBe(1);
  });
});
