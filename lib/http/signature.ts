/**
 * Curtain's one signing scheme, both directions (ARCHITECTURE "Signing"): `X-Curtain-Timestamp: <unix seconds>`
 * and `X-Curtain-Signature: sha256=<hex HMAC-SHA256 of "{timestamp}.{raw body}">`, keyed with the secret string's
 * UTF-8 bytes. Inbound webhooks verify it; the webhook connector and outgoing webhooks sign with it.
 * Plain node:crypto so workers load it under tsx.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const TIMESTAMP_HEADER = "x-curtain-timestamp";
export const SIGNATURE_HEADER = "x-curtain-signature";
/** Receivers refuse timestamps further than this from their clock, in the past or the future. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signatureFor(secret: string, timestamp: string | number, rawBody: string | Uint8Array) {
  const hmac = createHmac("sha256", Buffer.from(secret, "utf8"));
  hmac.update(`${timestamp}.`);
  hmac.update(rawBody);
  return `sha256=${hmac.digest("hex")}`;
}

/** The two headers for an outgoing request whose body is exactly `rawBody`. */
export function signedHeaders(secret: string, rawBody: string, now: Date = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return { "X-Curtain-Timestamp": timestamp, "X-Curtain-Signature": signatureFor(secret, timestamp, rawBody) };
}

export type SignatureCheck = { ok: true } | { ok: false; reason: "missing" | "malformed" | "stale" | "mismatch" };

/** Checks a received request; the comparison is constant-time. */
export function verifySignature(input: {
  secret: string;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  rawBody: string | Uint8Array;
  now?: Date;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (!timestamp || !signature) return { ok: false, reason: "missing" };
  if (!/^\d{1,12}$/.test(timestamp) || !/^sha256=[0-9a-f]{64}$/i.test(signature)) {
    return { ok: false, reason: "malformed" };
  }
  const nowSeconds = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: "stale" };
  const expected = Buffer.from(signatureFor(input.secret, timestamp, input.rawBody).slice(7), "hex");
  const given = Buffer.from(signature.slice(7), "hex");
  return timingSafeEqual(expected, given) ? { ok: true } : { ok: false, reason: "mismatch" };
}
