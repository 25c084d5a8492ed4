import { createHmac, timingSafeEqual } from "node:crypto";
import type { DbOrTx } from "@/db/connect";
import { getReauthUser } from "@/db/queries/users";

/**
 * Signing the current browser in again right after a password change. The password was just verified and the
 * session version bumped, so going through the credentials check again would only add a way to fail: the login
 * throttle, which an attacker can push over its limit for any account. Instead the server action mints a ticket
 * for exactly this user and this new session version, valid for a few seconds, signed with AUTH_SECRET, and
 * hands it to signIn on the server; it never reaches the browser. A ticket is useless once the session version
 * moves on, and cannot be made without the secret.
 */
export const REAUTH_PROVIDER = "reauth";
export const REAUTH_TICKET_SECONDS = 30;
const PURPOSE = "curtain-reauth-v1";

function signature(payload: string) {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`${PURPOSE}\n${payload}`).digest("base64url");
}

export function issueReauthTicket(
  { userId, sessionVersion }: { userId: string; sessionVersion: number },
  now = Date.now(),
) {
  const payload = `${userId}.${sessionVersion}.${now + REAUTH_TICKET_SECONDS * 1000}`;
  return `${payload}.${signature(payload)}`;
}

/** The user the ticket was issued for, while it is unexpired, the signature holds and the session version is current. */
export async function redeemReauthTicket(db: DbOrTx, ticket: unknown, now = Date.now()) {
  if (typeof ticket !== "string" || ticket.length > 200) return null;
  const parts = ticket.split(".");
  if (parts.length !== 4) return null;
  const [userId, version, expires, given] = parts as [string, string, string, string];
  const expected = Buffer.from(signature(`${userId}.${version}.${expires}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  if (!(Number(expires) > now)) return null;
  const user = await getReauthUser(db, { userId, sessionVersion: Number(version) });
  return user ?? null;
}
