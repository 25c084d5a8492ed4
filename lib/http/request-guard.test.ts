import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { ACTION_BODY_LIMIT_BYTES, guardRequest } from "./request-guard";

const ORIGIN = "http://curtain.test";
function action(body: BodyInit, headers: Record<string, string> = {}) {
  return new Request(`${ORIGIN}/w/demo/inbox`, {
    method: "POST",
    body,
    duplex: "half",
    headers: {
      host: "curtain.test",
      origin: ORIGIN,
      "next-action": "7f00",
      "content-type": "text/plain;charset=UTF-8",
      ...headers,
    },
  } as RequestInit);
}

async function refusal(request: Request) {
  const response = await guardRequest(request);
  return response ? { status: response.status, body: await response.json() } : undefined;
}

describe("guardRequest (proxy.ts)", () => {
  it("refuses a path whose percent-encoding does not decode, in the visitor's language", async () => {
    expect(await refusal(new Request(`${ORIGIN}/api/w/%ff/members`))).toEqual({
      status: 400,
      body: { error: { code: "bad_request", message: MESSAGES.en.errors.bad_request } },
    });
    const german = await refusal(
      new Request(`${ORIGIN}/api/avatars/%ff`, { headers: { cookie: "a=b; curtain_locale=de" } }),
    );
    expect(german?.body.error.message).toBe(MESSAGES.de.errors.bad_request);
    expect(await refusal(new Request(`${ORIGIN}/api/w/caf%C3%A9/members`))).toBeUndefined();
  });

  it("lets ordinary requests and valid action calls through", async () => {
    expect(await refusal(new Request(`${ORIGIN}/w/demo/inbox`))).toBeUndefined();
    expect(await refusal(action('["en"]'))).toBeUndefined();
    expect(await refusal(action("x", { "content-type": "multipart/form-data; boundary=x" }))).toBeUndefined();
  });

  it.each([
    ["invalid JSON", action("{not json"), 400, "bad_request"],
    ["a foreign Origin", action('["en"]', { origin: "https://evil.example" }), 403, "forbidden"],
    ["Origin: null", action('["en"]', { origin: "null" }), 403, "forbidden"],
    [
      "a declared body over the limit",
      action("x", { "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }),
      413,
      "payload_too_large",
    ],
  ])("refuses a server-action post with %s", async (_, request, status, code) => {
    expect(await refusal(request)).toMatchObject({ status, body: { error: { code } } });
  });

  it("refuses a streamed body over the limit without waiting for the rest", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(97));
      },
    });
    expect(await refusal(action(endless))).toMatchObject({ status: 413 });
    expect(pulled).toBeLessThan(ACTION_BODY_LIMIT_BYTES + 512 * 1024);
  });
});
