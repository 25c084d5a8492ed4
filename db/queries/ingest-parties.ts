import { and, eq, isNotNull, or, sql } from "drizzle-orm";
import type { IdentityKind } from "@/db/schema/enum-values";
import { applySignOff } from "@/lib/identities/voice";
import type { InboundEvent } from "@/lib/ingest/events";
import type { DbOrTx } from "../connect";
import { contacts, identities } from "../schema";

// Who takes part in an ingested batch: the contacts who wrote, and the voice an answer made on the platform speaks
// with (split from ingest.ts, which places the events).

export type Voice = { id: string; kind: IdentityKind; signOff: string | null };
type Authored = { event: InboundEvent; at: Date };

/** Creates contacts for new authors and refreshes name and last-seen time of known ones, in one statement. */
export async function upsertContacts(tx: DbOrTx, workspaceId: string, platform: string, placed: Authored[]) {
  const byHandle = new Map<string, { name: string; at: Date }>();
  for (const p of placed) {
    if (p.event.direction !== "inbound") continue;
    const { handle, name } = p.event.author;
    const seen = byHandle.get(handle);
    if (!seen || p.at > seen.at) byHandle.set(handle, { name: name || seen?.name || handle, at: p.at });
  }
  const rows = [...byHandle.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([handle, { name, at }]) => ({
      workspaceId,
      platform: platform as (typeof contacts.$inferInsert)["platform"],
      handle,
      displayName: name,
      firstSeenAt: at,
      lastSeenAt: at,
    }));
  if (rows.length === 0) return new Map<string, string>();
  const upserted = await tx
    .insert(contacts)
    .values(rows)
    .onConflictDoUpdate({
      target: [contacts.workspaceId, contacts.platform, contacts.handle],
      set: {
        displayName: sql`excluded.display_name`,
        lastSeenAt: sql`greatest(${contacts.lastSeenAt}, excluded.last_seen_at)`,
      },
    })
    .returning({ id: contacts.id, handle: contacts.handle });
  return new Map(upserted.map((r) => [r.handle, r.id]));
}

/** The channel's owner and the workspace's active personas with a sign-off (an answer may carry one). */
export function loadVoices(tx: DbOrTx, workspaceId: string, ownerId: string): Promise<Voice[]> {
  return tx
    .select({ id: identities.id, kind: identities.kind, signOff: identities.signOff })
    .from(identities)
    .where(
      and(
        eq(identities.workspaceId, workspaceId),
        or(
          eq(identities.id, ownerId),
          and(eq(identities.kind, "persona"), eq(identities.status, "active"), isNotNull(identities.signOff)),
        ),
      ),
    );
}

/**
 * Who wrote an answer made on the platform: the persona whose sign-off it ends with (voice.ts's own rule: a body
 * applySignOff leaves alone is already signed), else the channel's owner.
 */
export function signer(text: string, voices: Voice[], ownerId: string): Voice | undefined {
  const persona = voices.find(
    (v) =>
      v.kind === "persona" &&
      v.id !== ownerId &&
      v.signOff?.trim() &&
      applySignOff(text, v, { identityId: "" }) === text,
  );
  return persona ?? voices.find((v) => v.id === ownerId);
}
