import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureFor, signedHeaders, verifySignature } from "./signature";

const secret = "whsec_test";
const body = '{"events":[]}';
const now = new Date("2026-12-02T12:00:00Z");
const ts = String(now.getTime() / 1000);

describe("signatures", () => {
  it("is HMAC-SHA256 over '{timestamp}.{body}', hex, prefixed sha256=", () => {
    const expected = createHmac("sha256", secret).update(`${ts}.${body}`).digest("hex");
    expect(signatureFor(secret, ts, body)).toBe(`sha256=${expected}`);
    expect(signedHeaders(secret, body, now)).toEqual({
      "X-Curtain-Timestamp": ts,
      "X-Curtain-Signature": `sha256=${expected}`,
    });
  });

  it("accepts a good signature within five minutes either way", () => {
    for (const skew of [-300, 0, 300]) {
      const t = String(Number(ts) + skew);
      const check = verifySignature({
        secret,
        timestamp: t,
        signature: signatureFor(secret, t, body),
        rawBody: body,
        now,
      });
      expect(check).toEqual({ ok: true });
    }
  });

  it("refuses missing, malformed, stale and wrong signatures", () => {
    const good = signatureFor(secret, ts, body);
    expect(verifySignature({ secret, timestamp: null, signature: good, rawBody: body, now })).toMatchObject({
      reason: "missing",
    });
    expect(verifySignature({ secret, timestamp: ts, signature: "md5=abc", rawBody: body, now })).toMatchObject({
      reason: "malformed",
    });
    const old = String(Number(ts) - 301);
    expect(
      verifySignature({ secret, timestamp: old, signature: signatureFor(secret, old, body), rawBody: body, now }),
    ).toMatchObject({ reason: "stale" });
    expect(verifySignature({ secret, timestamp: ts, signature: good, rawBody: `${body} `, now })).toMatchObject({
      reason: "mismatch",
    });
    expect(verifySignature({ secret: "other", timestamp: ts, signature: good, rawBody: body, now })).toMatchObject({
      reason: "mismatch",
    });
  });
});
