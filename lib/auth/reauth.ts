import type { DbOrTx } from "@/db/connect";
import { getReauthUser } from "@/db/queries/users";
import { issueTicket, readTicket } from "./tickets";

/**
 * Signing the current browser in again right after a password change. The password was just verified and the
 * session version bumped, so going through the credentials check again would only add a way to fail: the login
 * throttle, which an attacker can push over its limit for any account. Instead the server action mints a ticket
 * for exactly this user and this new session version, valid for a few seconds (lib/auth/tickets.ts), and hands it
 * to signIn on the server; it never reaches the browser.
 */
export const REAUTH_PROVIDER = "reauth";
export const REAUTH_TICKET_SECONDS = 30;
const PURPOSE = "curtain-reauth-v1";

export function issueReauthTicket(user: { userId: string; sessionVersion: number }, now = Date.now()) {
  return issueTicket(PURPOSE, user, REAUTH_TICKET_SECONDS, now);
}

/** The user the ticket was issued for, while it is unexpired, the signature holds and the session version is current. */
export async function redeemReauthTicket(db: DbOrTx, ticket: unknown, now = Date.now()) {
  const read = readTicket(PURPOSE, ticket, now);
  if (!read) return null;
  const user = await getReauthUser(db, read);
  return user ?? null;
}
