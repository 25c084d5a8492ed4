/** The events outgoing webhooks can subscribe to (no database imports: the settings form uses this list too). */
export const WEBHOOK_EVENT_TYPES = [
  "conversation.created",
  "message.created",
  "post.published",
  "post.failed",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
