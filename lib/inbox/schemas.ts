import { z } from "zod";
import { CONVERSATION_STATUSES } from "@/db/schema/enums";

export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);

export const setConversationStatusSchema = z.object({
  conversationId: z.uuid(),
  status: conversationStatusSchema,
  version: z.number().int().positive(),
});

export const listConversationsQuerySchema = z.object({
  status: conversationStatusSchema.default("open"),
  cursorAt: z.iso.datetime({ offset: true }).optional(),
  cursorId: z.uuid().optional(),
});
