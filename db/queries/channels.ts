import { and, asc, eq, ne, sql } from "drizzle-orm";
import { fieldFailure, notFoundOrConflict, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { channels, conversations, identities, postTargets } from "../schema";
import type { CONNECTORS, Platform } from "../schema/enums";

type Connector = (typeof CONNECTORS)[number];

// SQL only: connector configs arrive sealed and leave sealed (lib/connectors/config.ts seals and opens them,
// lib/channels/channel-changes.ts validates what a form sends).

// Columns a caller may see; config_encrypted is never among them.
const publicColumns = {
  id: channels.id,
  platform: channels.platform,
  handle: channels.handle,
  identityId: channels.identityId,
  connector: channels.connector,
  status: channels.status,
  createdAt: channels.createdAt,
};
export type ChannelRow = Pick<typeof channels.$inferSelect, keyof typeof publicColumns>;

/**
 * The workspace's accounts with their owning voice, and the sealed config for the caller to summarise (the
 * channels list strips it before anything reaches a browser).
 */
export async function listChannelRows(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      ...publicColumns,
      identity: { displayName: identities.displayName, kind: identities.kind, status: identities.status },
      // Accounts with history are disconnected, never deleted (deleting would cascade to the history).
      inUse: sql<boolean>`exists (select 1 from ${conversations} where ${conversations.workspaceId} = ${workspaceId} and ${conversations.channelId} = ${channels.id})
        or exists (select 1 from ${postTargets} where ${postTargets.workspaceId} = ${workspaceId} and ${postTargets.channelId} = ${channels.id})`,
      configEncrypted: channels.configEncrypted,
    })
    .from(channels)
    .innerJoin(identities, and(eq(identities.id, channels.identityId), eq(identities.workspaceId, workspaceId)))
    .where(eq(channels.workspaceId, workspaceId))
    .orderBy(asc(channels.platform), asc(channels.handle));
}

/** The voices an account can belong to: all of them for the list, with status so retired ones can be greyed. */
export async function listChannelOwners(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: identities.id,
      displayName: identities.displayName,
      kind: identities.kind,
      status: identities.status,
    })
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId))
    .orderBy(asc(identities.kind), asc(identities.displayName));
}

/** The status of an identity that would own an account; undefined for another workspace's id. */
export async function getChannelOwner(
  db: DbOrTx,
  { workspaceId, identityId }: { workspaceId: string; identityId: string },
) {
  const [owner] = await db
    .select({ status: identities.status })
    .from(identities)
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  return owner;
}

export async function isChannelHandleTaken(
  db: DbOrTx,
  {
    workspaceId,
    platform,
    handle,
    exceptId,
  }: { workspaceId: string; platform: Platform; handle: string; exceptId?: string },
) {
  const [row] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(
      and(
        eq(channels.workspaceId, workspaceId),
        eq(channels.platform, platform),
        eq(channels.handle, handle),
        exceptId ? ne(channels.id, exceptId) : undefined,
      ),
    );
  return Boolean(row);
}

const DUPLICATE_HANDLE = fieldFailure("bad_request", "handle", "channels.fieldErrors.duplicate");

type ChannelValues = { handle: string; identityId: string; connector: Connector; configEncrypted: string | null };

/** Inserts an account (the id is chosen by the caller: the sealed config is bound to it). */
export async function insertChannel(
  db: DbOrTx,
  { id, workspaceId, platform, values }: { id: string; workspaceId: string; platform: Platform; values: ChannelValues },
): Promise<Outcome<ChannelRow>> {
  const [row] = await db
    .insert(channels)
    .values({ id, workspaceId, platform, ...values })
    // A concurrent insert of the same handle loses here instead of failing the transaction.
    .onConflictDoNothing({ target: [channels.workspaceId, channels.platform, channels.handle] })
    .returning(publicColumns);
  return row ? ok(row) : DUPLICATE_HANDLE;
}

/** The account with its sealed config, locked until the caller's transaction ends (for an update). */
export async function lockChannel(db: DbOrTx, { workspaceId, channelId }: { workspaceId: string; channelId: string }) {
  const [row] = await db
    .select({ ...publicColumns, configEncrypted: channels.configEncrypted })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .for("update");
  return row;
}

export async function updateChannelRow(
  db: DbOrTx,
  { workspaceId, channelId, values }: { workspaceId: string; channelId: string; values: ChannelValues },
): Promise<Outcome<ChannelRow>> {
  const [row] = await db
    .update(channels)
    .set(values)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .returning(publicColumns);
  return row ? ok(row) : notFoundOrConflict(() => lockChannel(db, { workspaceId, channelId }));
}

const findChannel =
  (db: DbOrTx, { workspaceId, channelId }: { workspaceId: string; channelId: string }) =>
  async () =>
    (
      await db
        .select({ id: channels.id })
        .from(channels)
        .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    )[0];

/** Disconnect or reconnect. Disconnected accounts keep their history; ingestion skips them. */
export async function setChannelStatus(
  db: DbOrTx,
  { workspaceId, channelId, status }: { workspaceId: string; channelId: string; status: "connected" | "disconnected" },
): Promise<Outcome<ChannelRow>> {
  const [row] = await db
    .update(channels)
    .set({ status })
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId), ne(channels.status, status)))
    .returning(publicColumns);
  return row ? ok(row) : notFoundOrConflict(findChannel(db, { workspaceId, channelId }));
}

/** Deletes an account that has no history; one with conversations or post targets is a conflict (disconnect it). */
export async function deleteChannel(
  db: DbOrTx,
  { workspaceId, channelId }: { workspaceId: string; channelId: string },
) {
  const [row] = await db
    .delete(channels)
    .where(
      and(
        eq(channels.id, channelId),
        eq(channels.workspaceId, workspaceId),
        sql`not exists (select 1 from ${conversations} where ${conversations.workspaceId} = ${workspaceId} and ${conversations.channelId} = ${channels.id})`,
        sql`not exists (select 1 from ${postTargets} where ${postTargets.workspaceId} = ${workspaceId} and ${postTargets.channelId} = ${channels.id})`,
      ),
    )
    .returning({ id: channels.id, platform: channels.platform, handle: channels.handle });
  return row ? ok(row) : notFoundOrConflict(findChannel(db, { workspaceId, channelId }));
}
