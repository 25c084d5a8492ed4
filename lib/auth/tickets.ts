import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Short-lived tickets signed with AUTH_SECRET: "this user, at this session version, passed step X", valid for a
 * few seconds or minutes. `purpose` keeps a ticket of one kind from being redeemed as another. A ticket is useless
 * once the user's session version moves on (password change, deactivation), and cannot be made without the secret.
 */
function signature(purpose: string, payload: string) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`${purpose}\n${payload}`).digest("base64url");
}

export function issueTicket(
  purpose: string,
  { userId, sessionVersion }: { userId: string; sessionVersion: number },
  ttlSeconds: number,
  now = Date.now(),
) {
  const payload = `${userId}.${sessionVersion}.${now + ttlSeconds * 1000}`;
  return `${payload}.${signature(purpose, payload)}`;
}

/** The ticket's user and session version while it is unexpired and its signature holds; the caller checks the version. */
export function readTicket(purpose: string, ticket: unknown, now = Date.now()) {
  if (typeof ticket !== "string" || ticket.length > 200) return null;
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [userId, version, expires, given] = parts as [string, string, string, string];
  const expected = Buffer.from(signature(purpose, `${userId}.${version}.${expires}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  if (!(Number(expires) > now)) return null;
  return { userId, sessionVersion: Number(version) };
}
