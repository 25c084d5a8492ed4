import { z } from "zod";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

/**
 * http(s) only. Private-network targets (localhost, 10.x, a bridge on the same host) are allowed on purpose:
 * Curtain is self-hosted and admins point webhooks at their own n8n or relay (see README "Webhooks").
 */
export const webhookUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "webhooks.errors.url");

export const createWebhookSchema = z.object({
  url: webhookUrlSchema,
  eventTypes: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1, "webhooks.errors.eventTypes").max(WEBHOOK_EVENT_TYPES.length),
});
export const webhookIdSchema = z.object({ endpointId: z.uuid() });
export const toggleWebhookSchema = z.object({ endpointId: z.uuid(), enabled: z.boolean() });
