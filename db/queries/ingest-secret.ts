import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { open, seal } from "@/lib/crypto/secret-box";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { channels } from "../schema";
import { recordAudit } from "./audit";

/** Sealed for this channel only: a sealed secret copied onto another channel does not open. */
const context = (channelId: string) => `channel:${channelId}:inbound`;

/**
 * A new inbound-webhook secret for a channel of this workspace, sealed like connector secrets; the old one stops
 * working at once. The plain secret is returned once, for the caller to show or print.
 */
export async function rotateInboundSecret(
  db: DbOrTx,
  input: { workspaceId: string; channelId: string; actorUserId: string; key: Buffer },
): Promise<Outcome<{ secret: string }>> {
  const secret = `whsec_${randomBytes(32).toString("base64url")}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(channels)
      .set({ inboundSecretEncrypted: seal(secret, input.key, context(input.channelId)) })
      .where(and(eq(channels.id, input.channelId), eq(channels.workspaceId, input.workspaceId)))
      .returning({ id: channels.id, handle: channels.handle });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId,
      action: "channel.inbound_secret_rotated",
      objectType: "channel",
      objectId: row.id,
      data: { handle: row.handle },
    });
    return ok({ secret });
  });
}

/**
 * The channel's workspace and its inbound secret (null when none was generated, or it cannot be opened with the
 * current key); undefined for an unknown channel.
 */
export async function loadInboundSecret(db: DbOrTx, { channelId, key }: { channelId: string; key: () => Buffer }) {
  const [row] = await db
    .select({ workspaceId: channels.workspaceId, sealed: channels.inboundSecretEncrypted })
    .from(channels)
    .where(eq(channels.id, channelId));
  if (!row) return undefined;
  let secret: string | null = null;
  if (row.sealed) {
    try {
      secret = open(row.sealed, key(), context(channelId));
    } catch {
      secret = null;
    }
  }
  return { workspaceId: row.workspaceId, secret };
}
