import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversations, messages, postTargets } from "@/db/schema";
import { createWorkspaceFixture, testDb, type WorkspaceFixture } from "@/db/testing/fixtures";
import { startFakeMastodon } from "@/lib/connectors/testing/fake-mastodon";
import { pollInbound } from "./poll-inbound";
import { publishTarget } from "./publish-target";
import { addChannel, addScheduledPost } from "./testing";

const db = testDb();
let fx: WorkspaceFixture;
let fake: Awaited<ReturnType<typeof startFakeMastodon>>;
beforeAll(async () => {
  fx = await createWorkspaceFixture(db, "Mastodon inbound");
  fake = await startFakeMastodon();
});
afterAll(() => fake.close());

describe("Mastodon through the publishing job and the inbound poll", () => {
  it("publishes with the idempotency key and brings replies and mentions into the reply queue once", async () => {
    // The fake runs on http://127.0.0.1; the settings form only accepts https, so the config is sealed directly.
    const channel = await addChannel(db, fx, { connector: "mastodon", instanceUrl: fake.url, accessToken: fake.token });
    const { targetIds } = await addScheduledPost(db, fx, [channel], { body: "Autumn drop is here" });
    const published = await publishTarget(db, { targetId: targetIds[0]! });
    expect(published.status).toBe("published");
    const [target] = await db.select().from(postTargets).where(eq(postTargets.id, targetIds[0]!));
    expect(target!.externalUrl).toContain("fake.social");
    const post = fake.requests.find((r) => r.method === "POST" && r.path === "/api/v1/statuses")!;
    expect(post.headers["idempotency-key"]).toBe(target!.idempotencyKey);

    fake.mention({
      id: "209000000000000001",
      acct: "fan@other.social",
      text: "Love it!",
      inReplyToId: target!.externalId,
    });
    fake.mention({ id: "209000000000000002", acct: "critic@other.social", text: "Where is my order?" });
    expect(await pollInbound(db)).toBe(2);
    const rows = await db
      .select({ kind: conversations.kind, body: messages.body, identityId: conversations.identityId })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .where(and(eq(messages.channelId, channel), eq(messages.direction, "inbound")))
      .orderBy(messages.externalId);
    expect(rows).toEqual([
      { kind: "comment", body: "@curtain Love it!", identityId: fx.identities.brand },
      { kind: "mention", body: "@curtain Where is my order?", identityId: fx.identities.brand },
    ]);
    // The next poll asks only for newer items, and nothing is recorded twice.
    expect(await pollInbound(db)).toBe(0);
    const last = fake.requests.filter((r) => r.path === "/api/v1/notifications").at(-1)!;
    expect(last).toBeDefined();
  });
});
