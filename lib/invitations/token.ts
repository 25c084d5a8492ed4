import { createHash, randomBytes } from "node:crypto";

/** How long an invitation (and its link) stays open. */
export const INVITATION_DAYS = 7;

/** 256 random bits, URL-safe: the secret in the one-time link. Never stored; only its hash is. */
export function newInvitationToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: sha256(token) };
}

/** A token from a URL is whatever the visitor typed: anything that is not a well-formed token hashes to nothing. */
export function hashInvitationToken(token: unknown): string | null {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  return sha256(token);
}

const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
