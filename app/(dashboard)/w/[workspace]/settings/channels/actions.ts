"use server";

import { recordAudit } from "@/db/queries/audit";
import { createChannel, deleteChannel, setChannelStatus, updateChannel, type ChannelFailure } from "@/db/queries/channels";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { channelIdSchema, createChannelSchema, updateChannelSchema } from "@/lib/channels/schemas";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { SecretKeyError } from "@/lib/crypto/secret-box";
import { AppError, type FieldErrors } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";

/** Turns a query's failure into an AppError; field error codes become translated messages. */
async function fail(failure: ChannelFailure): Promise<never> {
  if (failure.reason !== "invalid") throw new AppError(failure.reason);
  const t = await getServerTranslator();
  const fieldErrors: FieldErrors = {};
  for (const [field, code] of Object.entries(failure.fieldErrors)) if (code) fieldErrors[field] = [t(`channels.fieldErrors.${code}`)];
  throw new AppError("bad_request", fieldErrors);
}

/**
 * The connector key, resolved only when a secret must be sealed or opened. A server without one (production
 * without CURTAIN_SECRET_KEY) answers with a field error the admin can act on; the log names the variable.
 */
async function keyForConnectors() {
  const t = await getServerTranslator();
  return () => {
    try {
      return connectorSecretKey();
    } catch (error) {
      if (!(error instanceof SecretKeyError)) throw error;
      console.error(error.message);
      throw new AppError("bad_request", { connector: [t("channels.fieldErrors.noKey")] });
    }
  };
}

// Audit data names what changed, never a secret or a URL (webhook URLs can carry tokens).
export const createChannelAction = workspaceAction("channels.manage", createChannelSchema, async ({ platform, ...input }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await createChannel(tx, { workspaceId, platform, input, secretKey: await keyForConnectors() });
    if (!result.ok) return fail(result);
    const { channel } = result;
    await recordAudit(tx, {
      workspaceId,
      actorUserId: user.id,
      action: "channel.created",
      objectType: "channel",
      objectId: channel.id,
      data: { platform: channel.platform, handle: channel.handle, connector: channel.connector, identityId: channel.identityId },
    });
    return channel;
  }),
);

export const updateChannelAction = workspaceAction("channels.manage", updateChannelSchema, async ({ channelId, ...input }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await updateChannel(tx, { workspaceId, channelId, input, secretKey: await keyForConnectors() });
    if (!result.ok) return fail(result);
    const { channel, changes, before } = result;
    if (changes.length) {
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "channel.updated",
        objectType: "channel",
        objectId: channel.id,
        data: { platform: channel.platform, handle: channel.handle, changes, ...(before.handle !== channel.handle ? { previousHandle: before.handle } : {}) },
      });
    }
    return channel;
  }),
);

function statusAction(status: "connected" | "disconnected", action: "channel.reconnected" | "channel.disconnected") {
  return workspaceAction("channels.manage", channelIdSchema, async ({ channelId }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const result = await setChannelStatus(tx, { workspaceId, channelId, status });
      if (!result.ok) return fail(result);
      const { channel } = result;
      await recordAudit(tx, { workspaceId, actorUserId: user.id, action, objectType: "channel", objectId: channel.id, data: { platform: channel.platform, handle: channel.handle } });
      return channel;
    }),
  );
}

export const disconnectChannelAction = statusAction("disconnected", "channel.disconnected");
export const reconnectChannelAction = statusAction("connected", "channel.reconnected");

export const deleteChannelAction = workspaceAction("channels.manage", channelIdSchema, async ({ channelId }, { db, workspaceId, user }) =>
  db.transaction(async (tx) => {
    const result = await deleteChannel(tx, { workspaceId, channelId });
    if (!result.ok) return fail(result);
    const { channel } = result;
    await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "channel.deleted", objectType: "channel", objectId: channel.id, data: { platform: channel.platform, handle: channel.handle } });
    return { id: channel.id };
  }),
);
