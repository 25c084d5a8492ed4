import { randomUUID } from "node:crypto";
import type { DbOrTx } from "@/db/connect";
import {
  getChannelOwner,
  insertChannel,
  isChannelHandleTaken,
  listChannelRows,
  lockChannel,
  updateChannelRow,
} from "@/db/queries/channels";
import type { Platform } from "@/db/schema/enum-values";
import {
  openConnectorConfig,
  resolveConnectorConfig,
  sealConnectorConfig,
  summariseConnectorConfig,
  type Connector,
  type ConnectorConfig,
  type ConnectorInput,
  type ConnectorSummary,
} from "@/lib/connectors/config";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import { fail, hasProblems, ok, type FieldProblem, type Outcome } from "@/lib/outcome";
import { normaliseHandle } from "./handles";

/**
 * What the accounts form sends, checked against the workspace (owner, unique handle) and the connector rules,
 * sealed, then stored by the SQL layer. Field problems are channels.fieldErrors.<code>.
 */
export type ChannelInput = { handle: string; identityId: string; connector: Connector } & ConnectorInput;

/**
 * The workspace's accounts. With `secretKey` (admins only; resolved lazily) each row also carries what may be shown
 * of its connector config; "unreadable" when it was sealed with another key. The sealed text never leaves here.
 */
export async function listChannels(
  db: DbOrTx,
  { workspaceId, secretKey }: { workspaceId: string; secretKey?: () => Buffer },
) {
  const rows = await listChannelRows(db, { workspaceId });
  return rows.map(({ configEncrypted, ...row }) => {
    let connectorSummary: ConnectorSummary | "unreadable" | null = null;
    if (secretKey && configEncrypted) {
      try {
        connectorSummary = summariseConnectorConfig(
          openConnectorConfig(configEncrypted, secretKey(), { workspaceId, channelId: row.id }),
        );
      } catch {
        // A missing key or one that changed: the admin sees that the secrets must be entered again.
        connectorSummary = "unreadable";
      }
    }
    return { ...row, connectorSummary };
  });
}

export type ChannelListItem = Awaited<ReturnType<typeof listChannels>>[number];

const problem = (code: string): FieldProblem[] => [{ key: `channels.fieldErrors.${code}` }];

async function validate(
  db: DbOrTx,
  ctx: {
    workspaceId: string;
    platform: Platform;
    input: ChannelInput;
    previous: ConnectorConfig | null;
    exceptId?: string;
    keepOwner?: string;
  },
): Promise<Outcome<{ handle: string; config: ConnectorConfig | null }>> {
  const { workspaceId, platform, input } = ctx;
  const owner = await getChannelOwner(db, { workspaceId, identityId: input.identityId });
  // Another workspace's identity id is indistinguishable from one that does not exist.
  if (!owner) return fail("not_found");
  const fields: Record<string, FieldProblem[]> = {};
  if (owner.status === "retired" && input.identityId !== ctx.keepOwner) fields.identityId = problem("retired");
  const handle = normaliseHandle(platform, input.handle);
  if (!handle.ok) fields.handle = problem(handle.error);
  else if (await isChannelHandleTaken(db, { workspaceId, platform, handle: handle.handle, exceptId: ctx.exceptId }))
    fields.handle = problem("duplicate");
  const config = resolveConnectorConfig(input.connector, platform, input, ctx.previous);
  if (!config.ok)
    for (const [field, code] of Object.entries(config.fieldErrors)) if (code) fields[field] = problem(code);
  if (hasProblems(fields) || !handle.ok || !config.ok) return fail("bad_request", fields);
  return ok({ handle: handle.handle, config: config.config });
}

/** Adds an account; connector secrets are sealed before they are written. */
export async function createChannel(
  db: DbOrTx,
  {
    workspaceId,
    platform,
    input,
    secretKey,
  }: { workspaceId: string; platform: Platform; input: ChannelInput; secretKey: () => Buffer },
) {
  const valid = await validate(db, { workspaceId, platform, input, previous: null });
  if (!valid.ok) return valid;
  const id = randomUUID();
  const configEncrypted = valid.value.config
    ? sealConnectorConfig(valid.value.config, secretKey(), { workspaceId, channelId: id })
    : null;
  return insertChannel(db, {
    id,
    workspaceId,
    platform,
    values: { handle: valid.value.handle, identityId: input.identityId, connector: input.connector, configEncrypted },
  });
}

/**
 * Changes handle, owner and connector (the platform is fixed: another platform is another account). Empty
 * secret fields keep the stored secret. Returns which parts changed, never their secret values.
 */
export async function updateChannel(
  db: DbOrTx,
  {
    workspaceId,
    channelId,
    input,
    secretKey,
  }: { workspaceId: string; channelId: string; input: ChannelInput; secretKey: () => Buffer },
) {
  const current = await lockChannel(db, { workspaceId, channelId });
  if (!current) return fail("not_found");
  const scope = { workspaceId, channelId };
  let previous: ConnectorConfig | null = null;
  try {
    if (current.configEncrypted) previous = openConnectorConfig(current.configEncrypted, secretKey(), scope);
  } catch (error) {
    // Sealed with a key that is gone: nothing to keep, so the form must supply every field again.
    if (!(error instanceof SecretBoxError)) throw error;
  }
  const valid = await validate(db, {
    workspaceId,
    platform: current.platform,
    input,
    previous,
    exceptId: channelId,
    keepOwner: current.identityId,
  });
  if (!valid.ok) return valid;
  const { handle, config } = valid.value;
  const changes: string[] = [];
  if (handle !== current.handle) changes.push("handle");
  if (input.identityId !== current.identityId) changes.push("identity");
  if (input.connector !== current.connector) changes.push("connector");
  if (JSON.stringify(config) !== JSON.stringify(previous)) changes.push("connectorConfig");
  const configEncrypted = config ? sealConnectorConfig(config, secretKey(), scope) : null;
  const updated = await updateChannelRow(db, {
    workspaceId,
    channelId,
    values: { handle, identityId: input.identityId, connector: input.connector, configEncrypted },
  });
  if (!updated.ok) return updated;
  return ok({
    channel: updated.value,
    changes,
    before: { handle: current.handle, identityId: current.identityId, connector: current.connector },
  });
}
