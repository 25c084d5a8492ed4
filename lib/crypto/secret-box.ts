import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * AES-256-GCM for connector secrets at rest. Sealed text: `v1:<keyId>:<iv>:<tag>:<ciphertext>`, each part
 * base64url. The key id (first 6 bytes of the key's SHA-256) tells "sealed with another key" apart from
 * "tampered"; it reveals nothing useful about the key. An optional `context` (additional authenticated data)
 * binds the ciphertext to its row, so a sealed config copied onto another channel does not open.
 */
const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_BYTES = 32;

export class SecretKeyError extends Error {
  override name = "SecretKeyError";
}

/** The sealed text could not be opened: tampered, truncated, sealed with another key or for another context. */
export class SecretBoxError extends Error {
  override name = "SecretBoxError";
}

/** A 32-byte key written as hex (64 characters) or base64 / base64url (43–44 characters). */
export function parseSecretKey(raw: string, source = "CURTAIN_SECRET_KEY"): Buffer {
  const text = raw.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(text)) key = Buffer.from(text, "hex");
  else if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(text)) key = Buffer.from(text.replace(/=+$/, ""), "base64url");
  if (!key || key.length !== SECRET_KEY_BYTES) {
    throw new SecretKeyError(
      `${source} must be ${SECRET_KEY_BYTES} random bytes written as 64 hex characters or 44 base64 characters ` +
        `(got ${text.length} characters). Generate one with: openssl rand -base64 32`,
    );
  }
  return key;
}

export function keyId(key: Buffer) {
  return createHash("sha256").update(key).digest().subarray(0, 6).toString("base64url");
}

function assertKey(key: Buffer) {
  if (key.length !== SECRET_KEY_BYTES)
    throw new SecretKeyError(`The secret key must be ${SECRET_KEY_BYTES} bytes, not ${key.length}.`);
}

export function seal(plaintext: string, key: Buffer, context = ""): string {
  assertKey(key);
  // A fresh random IV per message: GCM loses confidentiality and integrity if an IV is ever reused with one key.
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, "utf8"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, keyId(key), iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(":");
}

export function open(sealed: string, key: Buffer, context = ""): string {
  assertKey(key);
  const parts = sealed.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new SecretBoxError("Not a v1 sealed secret.");
  const [, kid, ivText, tagText, bodyText] = parts as [string, string, string, string, string];
  if (kid !== keyId(key))
    throw new SecretBoxError("This secret was sealed with another key (CURTAIN_SECRET_KEY changed?).");
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new SecretBoxError("Malformed sealed secret.");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, "utf8"));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(bodyText, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("The sealed secret failed authentication (tampered, or sealed for another record).");
  }
}
