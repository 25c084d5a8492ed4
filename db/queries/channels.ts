import { randomUUID } from "node:crypto";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import {
  parseConnectorConfig,
  resolveConnectorConfig,
  summariseConnectorConfig,
  type Connector,
  type ConnectorConfig,
  type ConnectorError,
  type ConnectorField,
  type ConnectorInput,
  type ConnectorSummary,
} from "@/lib/channels/connector-config";
import { normaliseHandle, type HandleError } from "@/lib/channels/handles";
import { open, seal, SecretBoxError } from "@/lib/crypto/secret-box";
import type { DbOrTx } from "../connect";
import { channels, conversations, identities, postTargets } from "../schema";
import type { Platform } from "../schema/enums";

export type ChannelInput = { handle: string; identityId: string; connector: Connector } & ConnectorInput;
/** Field → error code; the action translates them. */
export type ChannelFieldErrors = Partial<Record<ConnectorField | "handle" | "identityId", ConnectorError | HandleError | "duplicate" | "retired">>;
export type ChannelFailure = { ok: false; reason: "not_found" | "conflict" } | { ok: false; reason: "invalid"; fieldErrors: ChannelFieldErrors };

// The sealed config is bound to its row: copying it onto another channel does not decrypt.
const sealContext = (workspaceId: string, channelId: string) => `channel:${workspaceId}:${channelId}`;

function openConfig(sealed: string, key: Buffer, workspaceId: string, channelId: string): ConnectorConfig {
  return parseConnectorConfig(open(sealed, key, sealContext(workspaceId, channelId)));
}

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

/**
 * The workspace's accounts with their owning voice. With `secretKey` (admins only; resolved lazily) each row also carries what
 * may be shown of its connector config; "unreadable" when it was sealed with another key.
 */
export async function listChannels(db: DbOrTx, { workspaceId, secretKey }: { workspaceId: string; secretKey?: () => Buffer }) {
  const rows = await db
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
  return rows.map(({ configEncrypted, ...row }) => {
    let connectorSummary: ConnectorSummary | "unreadable" | null = null;
    if (secretKey && configEncrypted) {
      try {
        connectorSummary = summariseConnectorConfig(openConfig(configEncrypted, secretKey(), workspaceId, row.id));
      } catch {
        // A missing key or one that changed: the admin sees that the secrets must be entered again.
        connectorSummary = "unreadable";
      }
    }
    return { ...row, connectorSummary };
  });
}

export type ChannelListItem = Awaited<ReturnType<typeof listChannels>>[number];

/** The voices an account can belong to: all of them for the list, with status so retired ones can be greyed. */
export async function listChannelOwners(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({ id: identities.id, displayName: identities.displayName, kind: identities.kind, status: identities.status })
    .from(identities)
    .where(eq(identities.workspaceId, workspaceId))
    .orderBy(asc(identities.kind), asc(identities.displayName));
}

async function checkOwner(db: DbOrTx, workspaceId: string, identityId: string, allowRetired: boolean) {
  const [owner] = await db
    .select({ status: identities.status })
    .from(identities)
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  if (!owner) return "not_found" as const;
  return owner.status === "retired" && !allowRetired ? ("retired" as const) : ("ok" as const);
}

async function handleTaken(db: DbOrTx, workspaceId: string, platform: Platform, handle: string, exceptId?: string) {
  const [row] = await db
    .select({ id: channels.id })
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceId), eq(channels.platform, platform), eq(channels.handle, handle), exceptId ? ne(channels.id, exceptId) : undefined));
  return Boolean(row);
}

type Validated = { ok: true; handle: string; config: ConnectorConfig | null } | ChannelFailure;

async function validate(
  db: DbOrTx,
  ctx: { workspaceId: string; platform: Platform; input: ChannelInput; previous: ConnectorConfig | null; exceptId?: string; keepOwner?: string },
): Promise<Validated> {
  const { workspaceId, platform, input } = ctx;
  const owner = await checkOwner(db, workspaceId, input.identityId, input.identityId === ctx.keepOwner);
  // Another workspace's identity id is indistinguishable from one that does not exist.
  if (owner === "not_found") return { ok: false, reason: "not_found" };
  const fieldErrors: ChannelFieldErrors = {};
  if (owner === "retired") fieldErrors.identityId = "retired";
  const handle = normaliseHandle(platform, input.handle);
  if (!handle.ok) fieldErrors.handle = handle.error;
  else if (await handleTaken(db, workspaceId, platform, handle.handle, ctx.exceptId)) fieldErrors.handle = "duplicate";
  const config = resolveConnectorConfig(input.connector, platform, input, ctx.previous);
  if (!config.ok) Object.assign(fieldErrors, config.fieldErrors);
  if (Object.keys(fieldErrors).length || !handle.ok || !config.ok) return { ok: false, reason: "invalid", fieldErrors };
  return { ok: true, handle: handle.handle, config: config.config };
}

/** Adds an account; connector secrets are sealed before they are written. */
export async function createChannel(
  db: DbOrTx,
  { workspaceId, platform, input, secretKey }: { workspaceId: string; platform: Platform; input: ChannelInput; secretKey: () => Buffer },
) {
  const valid = await validate(db, { workspaceId, platform, input, previous: null });
  if (!valid.ok) return valid;
  const id = randomUUID();
  const [row] = await db
    .insert(channels)
    .values({
      id,
      workspaceId,
      platform,
      handle: valid.handle,
      identityId: input.identityId,
      connector: input.connector,
      configEncrypted: valid.config ? seal(JSON.stringify(valid.config), secretKey(), sealContext(workspaceId, id)) : null,
    })
    // A concurrent insert of the same handle loses here instead of failing the transaction.
    .onConflictDoNothing({ target: [channels.workspaceId, channels.platform, channels.handle] })
    .returning(publicColumns);
  if (!row) return { ok: false as const, reason: "invalid" as const, fieldErrors: { handle: "duplicate" } as ChannelFieldErrors };
  return { ok: true as const, channel: row };
}

/**
 * Changes handle, owner and connector (the platform is fixed: another platform is another account). Empty
 * secret fields keep the stored secret. Returns which parts changed, never their secret values.
 */
export async function updateChannel(
  db: DbOrTx,
  { workspaceId, channelId, input, secretKey }: { workspaceId: string; channelId: string; input: ChannelInput; secretKey: () => Buffer },
) {
  const [current] = await db
    .select({ ...publicColumns, configEncrypted: channels.configEncrypted })
    .from(channels)
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .for("update");
  if (!current) return { ok: false as const, reason: "not_found" as const };
  let previous: ConnectorConfig | null = null;
  try {
    if (current.configEncrypted) previous = openConfig(current.configEncrypted, secretKey(), workspaceId, channelId);
  } catch (error) {
    // Sealed with a key that is gone: nothing to keep, so the form must supply every field again.
    if (!(error instanceof SecretBoxError)) throw error;
  }
  const valid = await validate(db, { workspaceId, platform: current.platform, input, previous, exceptId: channelId, keepOwner: current.identityId });
  if (!valid.ok) return valid;
  const changes: string[] = [];
  if (valid.handle !== current.handle) changes.push("handle");
  if (input.identityId !== current.identityId) changes.push("identity");
  if (input.connector !== current.connector) changes.push("connector");
  if (JSON.stringify(valid.config) !== JSON.stringify(previous)) changes.push("connectorConfig");
  const [row] = await db
    .update(channels)
    .set({
      handle: valid.handle,
      identityId: input.identityId,
      connector: input.connector,
      configEncrypted: valid.config ? seal(JSON.stringify(valid.config), secretKey(), sealContext(workspaceId, channelId)) : null,
    })
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)))
    .returning(publicColumns);
  return { ok: true as const, channel: row!, changes, before: { handle: current.handle, identityId: current.identityId, connector: current.connector } };
}

/** Disconnect or reconnect. Disconnected accounts keep their history; ingestion skips them. */
export async function setChannelStatus(
  db: DbOrTx,
  { workspaceId, channelId, status }: { workspaceId: string; channelId: string; status: "connected" | "disconnected" },
) {
  const [row] = await db
    .update(channels)
    .set({ status })
    .where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId), ne(channels.status, status)))
    .returning(publicColumns);
  if (row) return { ok: true as const, channel: row };
  const [exists] = await db.select({ id: channels.id }).from(channels).where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  return { ok: false as const, reason: exists ? ("conflict" as const) : ("not_found" as const) };
}

/** Deletes an account that has no history; one with conversations or post targets is a conflict (disconnect it). */
export async function deleteChannel(db: DbOrTx, { workspaceId, channelId }: { workspaceId: string; channelId: string }) {
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
  if (row) return { ok: true as const, channel: row };
  const [exists] = await db.select({ id: channels.id }).from(channels).where(and(eq(channels.id, channelId), eq(channels.workspaceId, workspaceId)));
  return { ok: false as const, reason: exists ? ("conflict" as const) : ("not_found" as const) };
}
