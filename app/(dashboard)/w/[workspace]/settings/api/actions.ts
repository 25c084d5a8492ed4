"use server";

import { createApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { rotateInboundSecret } from "@/db/queries/ingest-secret";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { createApiTokenSchema, revokeApiTokenSchema, rotateInboundSecretSchema } from "@/lib/api-tokens/schemas";
import { connectorSecretKey } from "@/lib/crypto/connector-key";
import { orThrow } from "@/lib/outcome";

/** A token for the signed-in admin; the plain token is in the result once and never again. */
export const createApiTokenAction = workspaceAction(
  "api.manage",
  createApiTokenSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(
      await createApiToken(db, {
        workspaceId,
        userId: user.id,
        name: input.name,
        scopes: input.scopes,
        expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null,
        actorUserId: user.id,
      }),
    ),
);

export const revokeApiTokenAction = workspaceAction(
  "api.manage",
  revokeApiTokenSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await revokeApiToken(db, { workspaceId, tokenId: input.tokenId, actorUserId: user.id })),
);

/** Same permission as POST /api/v1/channels/{id}/inbound-secret. */
export const rotateInboundSecretAction = workspaceAction(
  "channels.manage",
  rotateInboundSecretSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(
      await rotateInboundSecret(db, {
        workspaceId,
        channelId: input.channelId,
        actorUserId: user.id,
        key: connectorSecretKey(),
      }),
    ),
);
