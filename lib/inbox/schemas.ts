import { z } from "zod";
import { versionSchema } from "@/lib/actions/common-schemas";
import { CONVERSATION_STATUSES } from "@/db/schema/enum-values";

export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);

export const setConversationStatusSchema = z.object({
  conversationId: z.uuid(),
  status: conversationStatusSchema,
  version: versionSchema,
});
