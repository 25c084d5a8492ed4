import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyId, open, parseSecretKey, seal, SecretBoxError, SecretKeyError } from "./secret-box";

const key = randomBytes(32);

function flipBit(sealed: string, partIndex: number) {
  const parts = sealed.split(":");
  const bytes = Buffer.from(parts[partIndex]!, "base64url");
  bytes[0] = bytes[0]! ^ 0x01;
  parts[partIndex] = bytes.toString("base64url");
  return parts.join(":");
}

describe("seal / open", () => {
  it("round-trips text, including Unicode and emoji", () => {
    for (const text of ["", "whsec_0123456789", "Grüße 👋🏽 — ünïcödé", "x".repeat(10_000)]) {
      expect(open(seal(text, key), key)).toBe(text);
    }
  });

  it("writes the versioned text format and never the plaintext", () => {
    const sealed = seal("super-secret-token", key);
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(sealed.split(":")[1]).toBe(keyId(key));
    expect(sealed).not.toContain("super-secret-token");
  });

  it("uses a fresh IV every time", () => {
    const ivs = new Set(Array.from({ length: 200 }, () => seal("same", key).split(":")[2]));
    expect(ivs.size).toBe(200);
  });

  it("detects tampering with the ciphertext, the tag or the IV", () => {
    const sealed = seal("token-value", key);
    for (const part of [2, 3, 4]) expect(() => open(flipBit(sealed, part), key)).toThrow(SecretBoxError);
    expect(() => open(sealed.slice(0, -2), key)).toThrow(SecretBoxError);
    expect(() => open(`v2${sealed.slice(2)}`, key)).toThrow(SecretBoxError);
    expect(() => open("not sealed at all", key)).toThrow(SecretBoxError);
  });

  it("refuses another key, even with a forged key id", () => {
    const sealed = seal("token-value", key);
    const other = randomBytes(32);
    expect(() => open(sealed, other)).toThrow(/another key/);
    const forged = sealed.split(":");
    forged[1] = keyId(other);
    expect(() => open(forged.join(":"), other)).toThrow(SecretBoxError);
  });

  it("binds the ciphertext to its context", () => {
    const sealed = seal("token-value", key, "channel:a");
    expect(open(sealed, key, "channel:a")).toBe("token-value");
    expect(() => open(sealed, key, "channel:b")).toThrow(SecretBoxError);
  });

  it("refuses keys of the wrong length", () => {
    expect(() => seal("x", randomBytes(16))).toThrow(SecretKeyError);
    expect(() => open("v1:a:b:c:d", randomBytes(31))).toThrow(SecretKeyError);
  });
});

describe("parseSecretKey", () => {
  it("accepts 32 bytes as hex, base64 and base64url", () => {
    expect(parseSecretKey(key.toString("hex")).equals(key)).toBe(true);
    expect(parseSecretKey(key.toString("base64")).equals(key)).toBe(true);
    expect(parseSecretKey(` ${key.toString("base64url")}\n`).equals(key)).toBe(true);
  });

  it("rejects other lengths and formats with a clear message", () => {
    for (const bad of [
      "",
      "short",
      randomBytes(16).toString("hex"),
      randomBytes(48).toString("base64"),
      "z".repeat(64),
    ]) {
      expect(() => parseSecretKey(bad)).toThrow(SecretKeyError);
    }
    expect(() => parseSecretKey("too-short")).toThrow(
      /CURTAIN_SECRET_KEY must be 32 random bytes.*openssl rand -base64 32/,
    );
  });
});
