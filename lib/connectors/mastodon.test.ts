import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mastodonConnector } from "./mastodon";
import { startFakeMastodon } from "./testing/fake-mastodon";
import type { ConnectorChannel } from "./types";

let fake: Awaited<ReturnType<typeof startFakeMastodon>>;
beforeAll(async () => {
  fake = await startFakeMastodon();
});
afterAll(() => fake.close());

const channel = (accessToken = fake.token): ConnectorChannel => ({
  id: "c1",
  workspaceId: "w1",
  platform: "mastodon",
  handle: "@curtain@fake.social",
  config: { connector: "mastodon", instanceUrl: fake.url, accessToken },
});
const signal = () => new AbortController().signal;
const connector = mastodonConnector();

describe("the Mastodon connector against a fake instance", () => {
  it("publishes with the Idempotency-Key, and a resend with the same key returns the first status", async () => {
    const request = {
      channel: channel(),
      targetId: "t1",
      body: "Hello fediverse",
      idempotencyKey: "post:k1",
      signal: signal(),
    };
    const first = await connector.publishPost(request);
    const again = await connector.publishPost({ ...request, signal: signal() });
    expect(first).toEqual({
      ok: true,
      value: { externalId: expect.any(String), url: expect.stringContaining("fake.social") },
    });
    expect(again).toEqual(first);
    expect(fake.statuses.size).toBe(1);
    const posted = fake.requests.filter((r) => r.method === "POST");
    expect(posted.every((r) => r.headers["idempotency-key"] === "post:k1")).toBe(true);
    expect(posted[0]!.body).toMatchObject({ status: "Hello fediverse", visibility: "public" });
  });

  it.each(["javascript:alert(document.cookie)", "data:text/html,<script>alert(1)</script>"])(
    "keeps no link when the instance answers a non-http URL (%s)",
    async (statusUrl) => {
      fake.state.statusUrl = statusUrl;
      try {
        const result = await connector.publishPost({
          channel: channel(),
          targetId: "t-url",
          body: "Link check",
          idempotencyKey: `post:url-${statusUrl.length}`,
          signal: signal(),
        });
        expect(result).toEqual({ ok: true, value: { externalId: expect.any(String), url: null } });
      } finally {
        fake.state.statusUrl = null;
      }
    },
  );

  it("threads replies with in_reply_to_id", async () => {
    const parent = await connector.publishPost({
      channel: channel(),
      targetId: "t2",
      body: "Parent",
      idempotencyKey: "post:k2",
      signal: signal(),
    });
    if (!parent.ok) throw new Error(parent.reason);
    const reply = await connector.sendReply({
      channel: channel(),
      inReplyToExternalId: parent.value.externalId,
      body: "@fan thanks! -Becky",
      idempotencyKey: "reply:r1",
      signal: signal(),
    });
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(fake.statuses.get(reply.value.externalId)!.in_reply_to_id).toBe(parent.value.externalId);
  });

  it("reads metrics from the status: favourites, reblogs, replies", async () => {
    const posted = await connector.publishPost({
      channel: channel(),
      targetId: "t3",
      body: "Count me",
      idempotencyKey: "post:k3",
      signal: signal(),
    });
    if (!posted.ok) throw new Error(posted.reason);
    Object.assign(fake.statuses.get(posted.value.externalId)!, {
      favourites_count: 12,
      reblogs_count: 3,
      replies_count: 2,
    });
    expect(
      await connector.fetchMetrics({ channel: channel(), externalId: posted.value.externalId, signal: signal() }),
    ).toEqual({
      ok: true,
      value: { impressions: 0, reach: 0, likes: 12, comments: 2, shares: 3, saves: 0, clicks: 0 },
    });
  });

  it("fails permanently on a revoked token and on validation, transiently on 429 with Retry-After", async () => {
    expect(await connector.verifyConfig(channel("bad-token"), signal())).toEqual({
      ok: false,
      kind: "permanent",
      reason: "HTTP 401: The access token is invalid",
    });
    expect(await connector.verifyConfig(channel(), signal())).toEqual({
      ok: true,
      value: { detail: "signed in as @curtain" },
    });
    const long = await connector.publishPost({
      channel: channel(),
      targetId: "t4",
      body: "x".repeat(501),
      idempotencyKey: "post:k4",
      signal: signal(),
    });
    expect(long).toMatchObject({ kind: "permanent", reason: expect.stringContaining("422") });
    fake.state.rateLimitNext = 1;
    const limited = await connector.publishPost({
      channel: channel(),
      targetId: "t5",
      body: "Busy",
      idempotencyKey: "post:k5",
      signal: signal(),
    });
    expect(limited).toMatchObject({ kind: "transient", retryAfterMs: 30_000 });
  });
});
