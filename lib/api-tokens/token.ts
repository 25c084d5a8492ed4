import { createHash, randomBytes } from "node:crypto";
import { can, PERMISSIONS, type Permission, type Role } from "@/lib/auth/permissions";

/**
 * API tokens: `ctn_` + 32 random bytes (base64url). 256 bits of entropy make a plain SHA-256 a safe thing to
 * store (no password stretching needed: nobody can guess their way to a preimage), and let a request find its
 * token with one index lookup. Plain node:crypto so the token CLI loads it under tsx.
 */
export const TOKEN_PREFIX = "ctn_";
export const ALL_SCOPES = "all";

export function generateToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A bearer value that could be a token (anything else is refused before touching the database). */
export function looksLikeToken(value: string): boolean {
  return /^ctn_[A-Za-z0-9_-]{43}$/.test(value);
}

export type ScopeCheck = { ok: true; scopes: string[] } | { ok: false; unknown: string[]; notInRole: string[] };

/**
 * Scopes asked for at creation: permission names, or "all". Unknown names and permissions the user's role lacks
 * are refused (a token never promises more than its user may do).
 */
export function checkScopes(requested: readonly string[], role: Role): ScopeCheck {
  const names = [...new Set(requested.map((s) => s.trim()).filter(Boolean))];
  if (names.length === 0) return { ok: false, unknown: [], notInRole: [] };
  if (names.includes(ALL_SCOPES))
    return names.length === 1
      ? { ok: true, scopes: [ALL_SCOPES] }
      : { ok: false, unknown: [ALL_SCOPES], notInRole: [] };
  const unknown = names.filter((n) => !(PERMISSIONS as readonly string[]).includes(n));
  const notInRole = names.filter((n) => !unknown.includes(n) && !can(role, n as Permission));
  return unknown.length || notInRole.length ? { ok: false, unknown, notInRole } : { ok: true, scopes: names.sort() };
}

/** Whether a request may use `permission`: the token's scopes AND the user's role at the time of the request. */
export function tokenAllows(scopes: readonly string[], role: Role, permission: Permission): boolean {
  return can(role, permission) && (scopes.includes(ALL_SCOPES) || scopes.includes(permission));
}
