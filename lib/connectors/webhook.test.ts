import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTimeout } from ".";
import { verifySignature } from "@/lib/http/signature";
import type { ConnectorChannel } from "./types";
import { webhookConnector, type WebhookEvent } from "./webhook";

const secret = "bridge-secret-0123456789";
type Handler = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let handler: Handler;
const received: { headers: IncomingMessage["headers"]; body: string }[] = [];
const server = createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  received.push({ headers: req.headers, body });
  handler(req, body, res);
});
let url: string;
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
});
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

const channel = (): ConnectorChannel => ({
  id: "c1",
  workspaceId: "w1",
  platform: "instagram",
  handle: "@brand",
  config: { connector: "webhook", url, signingSecret: secret },
});
const json = (res: ServerResponse, status: number, body: unknown) => (
  res.writeHead(status, { "Content-Type": "application/json" }),
  res.end(JSON.stringify(body))
);
const publish = (key = "post:k1") =>
  webhookConnector().publishPost({
    channel: channel(),
    targetId: "t1",
    body: "Hello",
    idempotencyKey: key,
    signal: new AbortController().signal,
  });

describe("the webhook connector against a local server", () => {
  it("POSTs a signed JSON event and takes the answer's id and url", async () => {
    handler = (_req, _body, res) => json(res, 201, { id: "ext-1", url: "https://example.com/p/1" });
    expect(await publish()).toEqual({ ok: true, value: { externalId: "ext-1", url: "https://example.com/p/1" } });
    const { headers, body } = received.at(-1)!;
    expect(
      verifySignature({
        secret,
        timestamp: headers["x-curtain-timestamp"] as string,
        signature: headers["x-curtain-signature"] as string,
        rawBody: body,
      }),
    ).toEqual({ ok: true });
    expect(headers["idempotency-key"]).toBe("post:k1");
    expect(headers["x-curtain-event"]).toBe("post.publish");
    const event = JSON.parse(body) as WebhookEvent;
    expect(event).toMatchObject({
      id: "post:k1",
      type: "post.publish",
      post: { targetId: "t1", body: "Hello" },
      channel: { handle: "@brand" },
    });
    expect(
      verifySignature({
        secret: "another-secret-xxxxxxx",
        timestamp: headers["x-curtain-timestamp"] as string,
        signature: headers["x-curtain-signature"] as string,
        rawBody: body,
      }),
    ).toEqual({ ok: false, reason: "mismatch" });
  });

  it("shows non-2xx statuses: 500 and 429 retry, 422 fails at once", async () => {
    handler = (_req, _body, res) => json(res, 500, { message: "upstream down" });
    expect(await publish()).toEqual({ ok: false, kind: "transient", reason: "HTTP 500: upstream down" });
    handler = (_req, _body, res) => (res.writeHead(429, { "Retry-After": "7" }), res.end());
    expect(await publish()).toMatchObject({ kind: "transient", retryAfterMs: 7_000, reason: "HTTP 429" });
    handler = (_req, _body, res) => json(res, 422, { message: "text too long" });
    expect(await publish()).toEqual({ ok: false, kind: "permanent", reason: "HTTP 422: text too long" });
  });

  it("a 2xx without an id or with garbage is unknown, never retried blindly", async () => {
    handler = (_req, _body, res) => json(res, 200, { ok: true });
    expect(await publish()).toMatchObject({ ok: false, kind: "unknown" });
    handler = (_req, _body, res) => (res.writeHead(200), res.end("<html>ok</html>"));
    expect(await publish()).toMatchObject({ ok: false, kind: "unknown" });
  });

  it("times out a bridge that never answers", async () => {
    handler = () => undefined;
    const result = await withTimeout(200, (signal) =>
      webhookConnector().publishPost({ channel: channel(), targetId: "t1", body: "x", idempotencyKey: "k", signal }),
    );
    expect(result).toMatchObject({ ok: false, kind: "transient" });
  });

  it("delivers replies with the parent's platform id", async () => {
    handler = (_req, _body, res) => json(res, 200, { id: 42 });
    const result = await webhookConnector().sendReply({
      channel: channel(),
      inReplyToExternalId: "parent-9",
      body: "Thanks!",
      idempotencyKey: "reply:1",
      signal: new AbortController().signal,
    });
    expect(result).toEqual({ ok: true, value: { externalId: "42" } });
    expect(JSON.parse(received.at(-1)!.body)).toMatchObject({
      type: "reply.send",
      reply: { body: "Thanks!", inReplyTo: "parent-9" },
    });
  });
});
