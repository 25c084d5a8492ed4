"use server";

import { recordAudit } from "@/db/queries/audit";
import { deleteChannel, setChannelStatus } from "@/db/queries/channels";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { createChannel, updateChannel } from "@/lib/channels/channel-changes";
import { channelIdSchema, createChannelSchema, updateChannelSchema } from "@/lib/channels/schemas";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { SecretKeyError } from "@/lib/crypto/secret-box";
import { fieldFailure, orThrow } from "@/lib/outcome";

/**
 * The connector key, resolved only when a secret must be sealed or opened. A server without one (production
 * without CURTAIN_SECRET_KEY) answers with a field error the admin can act on; the log names the variable.
 */
function keyForConnectors() {
  try {
    return connectorSecretKey();
  } catch (error) {
    if (!(error instanceof SecretKeyError)) throw error;
    console.error(error.message);
    return orThrow(fieldFailure("bad_request", "connector", "channels.fieldErrors.noKey"));
  }
}

// Audit data names what changed, never a secret or a URL (webhook URLs can carry tokens).
export const createChannelAction = workspaceAction(
  "channels.manage",
  createChannelSchema,
  async ({ platform, ...input }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const channel = orThrow(await createChannel(tx, { workspaceId, platform, input, secretKey: keyForConnectors }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "channel.created",
        objectType: "channel",
        objectId: channel.id,
        data: {
          platform: channel.platform,
          handle: channel.handle,
          connector: channel.connector,
          identityId: channel.identityId,
        },
      });
      return channel;
    }),
);

export const updateChannelAction = workspaceAction(
  "channels.manage",
  updateChannelSchema,
  async ({ channelId, ...input }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const { channel, changes, before } = orThrow(
        await updateChannel(tx, { workspaceId, channelId, input, secretKey: keyForConnectors }),
      );
      if (changes.length) {
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "channel.updated",
          objectType: "channel",
          objectId: channel.id,
          data: {
            platform: channel.platform,
            handle: channel.handle,
            changes,
            ...(before.handle !== channel.handle ? { previousHandle: before.handle } : {}),
          },
        });
      }
      return channel;
    }),
);

function statusAction(status: "connected" | "disconnected", action: "channel.reconnected" | "channel.disconnected") {
  return workspaceAction("channels.manage", channelIdSchema, async ({ channelId }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const channel = orThrow(await setChannelStatus(tx, { workspaceId, channelId, status }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action,
        objectType: "channel",
        objectId: channel.id,
        data: { platform: channel.platform, handle: channel.handle },
      });
      return channel;
    }),
  );
}

export const disconnectChannelAction = statusAction("disconnected", "channel.disconnected");
export const reconnectChannelAction = statusAction("connected", "channel.reconnected");

export const deleteChannelAction = workspaceAction(
  "channels.manage",
  channelIdSchema,
  async ({ channelId }, { db, workspaceId, user }) =>
    db.transaction(async (tx) => {
      const channel = orThrow(await deleteChannel(tx, { workspaceId, channelId }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "channel.deleted",
        objectType: "channel",
        objectId: channel.id,
        data: { platform: channel.platform, handle: channel.handle },
      });
      return { id: channel.id };
    }),
);
