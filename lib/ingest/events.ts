import { z } from "zod";
import { CONVERSATION_KINDS, DIRECTIONS } from "@/db/schema/enum-values";

/**
 * One event of the inbound contract (README "API"): a message seen on a platform, either from a contact
 * (`inbound`) or an answer the team wrote on the platform itself (`outbound`). Shared by the inbound endpoint, the
 * simulator and the OpenAPI document. PostgreSQL text cannot hold NUL, so a NUL is a rejection, not a 500.
 */
const noNul = (s: string) => !s.includes("\u0000");
const id = z.string().trim().min(1).max(256).refine(noNul, "must not contain NUL characters");

export const MAX_EVENTS_PER_BATCH = 1000;
export const MAX_EVENT_TEXT = 20_000;

export const inboundEventSchema = z.object({
  externalId: id.describe("The platform's id of this message; unique per channel (a repeat is a duplicate)."),
  direction: z.enum(DIRECTIONS),
  kind: z.enum(CONVERSATION_KINDS),
  text: z.string().min(1).max(MAX_EVENT_TEXT).refine(noNul, "must not contain NUL characters"),
  createdAt: z.iso.datetime({ offset: true }).describe("ISO 8601 with offset or Z."),
  author: z.object({
    id: id.describe("The author's platform id."),
    handle: id.describe("The author's handle; contacts are matched on it per platform."),
    name: z.string().trim().max(200).refine(noNul, "must not contain NUL characters").optional(),
  }),
  inReplyTo: id.nullish().describe("External id of the message this one answers: joins that conversation."),
  postExternalId: id.nullish().describe("External id of the post a comment was left on (kept for reference)."),
  automated: z.boolean().optional().describe("An auto-reply: stored, but it does not stop the response clock."),
});
export type InboundEvent = z.output<typeof inboundEventSchema>;

/** The request body; each event is checked on its own so one bad event does not refuse the batch. */
export const inboundBatchSchema = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_BATCH),
});

export const ingestResultSchema = z.object({
  externalId: z.string().nullable(),
  status: z.enum(["created", "duplicate", "rejected"]),
  reason: z.string().optional(),
  conversationId: z.uuid().optional(),
});
export type IngestResult = z.output<typeof ingestResultSchema>;

/** "field.path: message" for the first problem of an invalid event. */
export function rejectionReason(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid event";
  const where = issue.path.join(".");
  const what = issue.code === "invalid_type" && issue.input === undefined ? "required" : issue.message;
  return where ? `${where}: ${what}` : what;
}
