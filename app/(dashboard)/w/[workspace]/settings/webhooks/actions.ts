"use server";

import { createWebhookEndpoint, deleteWebhookEndpoint, setWebhookEndpointEnabled } from "@/db/queries/webhooks";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { orThrow } from "@/lib/outcome";
import { createWebhookSchema, toggleWebhookSchema, webhookIdSchema } from "@/lib/webhooks/schemas";

export const createWebhookAction = workspaceAction(
  "webhooks.manage",
  createWebhookSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await createWebhookEndpoint(db, { workspaceId, actorUserId: user.id, ...input })),
);

export const setWebhookEnabledAction = workspaceAction(
  "webhooks.manage",
  toggleWebhookSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await setWebhookEndpointEnabled(db, { workspaceId, actorUserId: user.id, ...input })),
);

export const deleteWebhookAction = workspaceAction(
  "webhooks.manage",
  webhookIdSchema,
  async (input, { db, workspaceId, user }) =>
    orThrow(await deleteWebhookEndpoint(db, { workspaceId, actorUserId: user.id, ...input })),
);
