import { z } from "zod";
import { cursorParamSchema } from "@/db/queries/keyset";
import { versionSchema } from "@/lib/actions/common-schemas";
import { CONVERSATION_STATUSES } from "@/db/schema/enum-values";

export const conversationStatusSchema = z.enum(CONVERSATION_STATUSES);

export const setConversationStatusSchema = z.object({
  conversationId: z.uuid(),
  status: conversationStatusSchema,
  version: versionSchema,
});

/**
 * A queue page's query string: the filters follow the inbox URL contract (lib/inbox/filters.ts), so unknown values
 * are ignored and listed in `ignored`, never a 400; only a tampered cursor is a bad request.
 */
export const queuePageQuerySchema = z.looseObject({ cursor: cursorParamSchema.optional() });
