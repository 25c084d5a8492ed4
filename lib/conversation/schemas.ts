import { z } from "zod";
import { nameCharacters, textCharacters, versionSchema } from "@/lib/actions/common-schemas";
import { CATEGORIES, CONVERSATION_STATUSES, PRIORITIES, SENTIMENTS } from "@/db/schema/enum-values";
import { MAX_REPLY_CHARS } from "./length";

import { CONTACT_LABELS } from "./contact-labels";

export { CONTACT_LABELS };

export const sendReplySchema = z.object({
  conversationId: z.uuid(),
  version: versionSchema,
  identityId: z.uuid(),
  body: textCharacters(z.string().max(MAX_REPLY_CHARS)),
  resolve: z.boolean().default(false),
});

export const retryDeliverySchema = z.object({ messageId: z.uuid() });

export const updateConversationSchema = z.object({
  conversationId: z.uuid(),
  version: versionSchema,
  status: z.enum(CONVERSATION_STATUSES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  category: z.enum(CATEGORIES).optional(),
  sentiment: z.enum(SENTIMENTS).optional(),
  assigneeId: z.uuid().nullable().optional(),
});

export const setContactLabelsSchema = z.object({
  contactId: z.uuid(),
  labels: z.array(z.enum(CONTACT_LABELS)).max(CONTACT_LABELS.length),
});

export const addNoteSchema = z.object({
  conversationId: z.uuid(),
  body: textCharacters(z.string().trim().min(1).max(MAX_REPLY_CHARS)),
  mentions: z.array(z.uuid()).max(50).default([]),
});

export const markNotificationsReadSchema = z.object({ ids: z.array(z.uuid()).max(100).optional() });

export const savedReplyFieldsSchema = z.object({
  title: nameCharacters(z.string().trim().min(1).max(80)),
  body: textCharacters(z.string().trim().min(1).max(MAX_REPLY_CHARS)),
  identityId: z.uuid().nullable(),
});
export const createSavedReplySchema = savedReplyFieldsSchema;
export const updateSavedReplySchema = savedReplyFieldsSchema.extend({ savedReplyId: z.uuid() });
export const deleteSavedReplySchema = z.object({ savedReplyId: z.uuid() });
