import { z } from "zod";
import { nameCharacters } from "@/lib/actions/common-schemas";
import { CONNECTORS, PLATFORMS } from "@/db/schema/enum-values";

// Connector fields are optional strings: on edit, an empty one keeps what is stored (see connector-config.ts).
const connectorFields = {
  connector: z.enum(CONNECTORS),
  webhookUrl: z.string().max(2048).default(""),
  signingSecret: z.string().max(512).default(""),
  instanceUrl: z.string().max(2048).default(""),
  accessToken: z.string().max(512).default(""),
};

export const createChannelSchema = z.object({
  platform: z.enum(PLATFORMS),
  handle: nameCharacters(z.string().max(200)),
  identityId: z.uuid(),
  ...connectorFields,
});

export const updateChannelSchema = z.object({
  channelId: z.uuid(),
  handle: nameCharacters(z.string().max(200)),
  identityId: z.uuid(),
  ...connectorFields,
});

export const channelIdSchema = z.object({ channelId: z.uuid() });

export type CreateChannelInput = z.input<typeof createChannelSchema>;
export type UpdateChannelInput = z.input<typeof updateChannelSchema>;
