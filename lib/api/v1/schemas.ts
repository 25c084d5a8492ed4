import { z } from "zod";
import { textCharacters, versionSchema } from "@/lib/actions/common-schemas";
import { MAX_REPLY_CHARS } from "@/lib/conversation/length";
import { cursorParamSchema } from "@/db/queries/keyset";
import {
  CATEGORIES,
  CHANNEL_STATUSES,
  CONNECTORS,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  DELIVERY_STATUSES,
  DIRECTIONS,
  IDENTITY_KINDS,
  IDENTITY_STATUSES,
  PLATFORMS,
  POST_STATUSES,
  PRIORITIES,
  SENTIMENTS,
  TARGET_STATUSES,
} from "@/db/schema/enum-values";

/**
 * The /api/v1 request and response shapes (API-CONTRACT "Objects"). Requests are validated with these schemas and
 * the OpenAPI document is generated from the same ones (lib/api/v1/openapi.ts), so the two cannot drift.
 */
const time = z.iso.datetime();
const id = z.uuid();

export const idParams = z.object({ id });
export const channelIdParams = z.object({ channelId: id });

export const identitySchema = z.object({
  id,
  kind: z.enum(IDENTITY_KINDS),
  name: z.string(),
  handle: z.string().nullable(),
  signOff: z.string().nullable(),
  status: z.enum(IDENTITY_STATUSES),
});

export const channelSchema = z.object({
  id,
  platform: z.enum(PLATFORMS),
  handle: z.string(),
  identityId: id,
  connector: z.enum(CONNECTORS),
  status: z.enum(CHANNEL_STATUSES),
});

export const conversationSchema = z.object({
  id,
  kind: z.enum(CONVERSATION_KINDS),
  status: z.enum(CONVERSATION_STATUSES),
  priority: z.enum(PRIORITIES),
  category: z.enum(CATEGORIES),
  sentiment: z.enum(SENTIMENTS),
  channelId: id,
  identityId: id.nullable(),
  assigneeId: id.nullable(),
  contact: z.object({ id, handle: z.string(), name: z.string() }),
  version: z.number().int(),
  waitingSince: time.nullable(),
  lastMessageAt: time,
  createdAt: time,
});

export const messageSchema = z.object({
  id,
  direction: z.enum(DIRECTIONS),
  text: z.string(),
  identityId: id.nullable(),
  authorUserId: id.nullable(),
  externalId: z.string().nullable(),
  deliveryStatus: z.enum(DELIVERY_STATUSES),
  automated: z.boolean(),
  sentAt: time,
});

export const conversationWithMessagesSchema = conversationSchema.extend({ messages: z.array(messageSchema) });

export const postSchema = z.object({
  id,
  identityId: id,
  status: z.enum(POST_STATUSES),
  body: z.string(),
  scheduledAt: time.nullable(),
  publishedAt: time.nullable(),
  version: z.number().int(),
  targets: z.array(
    z.object({
      channelId: id,
      body: z.string(),
      status: z.enum(TARGET_STATUSES),
      externalId: z.string().nullable(),
      url: z.string().nullable(),
    }),
  ),
});

export const listConversationsQuery = z.object({
  status: z.enum(CONVERSATION_STATUSES).optional(),
  identityId: id.optional(),
  channelId: id.optional(),
  assigneeId: id.optional(),
  category: z.enum(CATEGORIES).optional(),
  priority: z.enum(PRIORITIES).optional(),
  q: textCharacters(z.string().trim().min(1).max(200)).optional(),
  cursor: cursorParamSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const updateConversationBody = z
  .object({
    version: versionSchema,
    status: z.enum(CONVERSATION_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    category: z.enum(CATEGORIES).optional(),
    assigneeId: id.nullable().optional(),
  })
  .refine((b) => b.status ?? b.priority ?? b.category ?? b.assigneeId !== undefined, {
    message: "name at least one of status, priority, category, assigneeId",
  });

export const replyBody = z.object({
  identityId: id,
  text: textCharacters(z.string().trim().min(1).max(MAX_REPLY_CHARS)),
  version: versionSchema,
});

export const listPostsQuery = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .refine((q) => new Date(q.from) < new Date(q.to), { message: "from must be before to", path: ["to"] })
  .refine((q) => new Date(q.to).getTime() - new Date(q.from).getTime() <= 92 * 86_400_000, {
    message: "at most 92 days",
    path: ["to"],
  });

/** A new draft over the API: the calendar composer's fields, the time as an instant (placed in the workspace's zone). */
export const createPostBody = z.object({
  identityId: z.uuid(),
  body: z.string().max(63_206),
  channelIds: z.array(z.uuid()).min(1).max(20),
  variants: z
    .array(z.object({ channelId: z.uuid(), body: z.string().max(63_206) }))
    .max(20)
    .default([]),
  scheduledAt: z.iso.datetime({ offset: true }).nullable().default(null),
  campaign: z.string().trim().max(80).default(""),
  tags: z.array(z.string().trim().min(1).max(40)).max(10).default([]),
});

/** Post changes over the API: today approval (in_review → approved), the calendar's one post transition. */
export const updatePostBody = z.object({ version: versionSchema, status: z.literal("approved") });

export const inboundSecretSchema = z.object({ secret: z.string() });

export const errorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
});

export const one = <T extends z.ZodType>(schema: T) => z.object({ data: schema });
export const list = <T extends z.ZodType>(schema: T) => z.object({ data: z.array(schema) });
export const page = <T extends z.ZodType>(schema: T) =>
  z.object({ data: z.array(schema), nextCursor: z.string().nullable() });

/** `GET /reports/response-times`: any range, calendar seconds unless `hours=business`. */
export const responseTimesQuery = z
  .object({
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    groupBy: z.enum(["identityKind", "identity", "channel", "user"]),
    hours: z.enum(["calendar", "business"]).default("calendar"),
  })
  .refine((q) => new Date(q.from) < new Date(q.to), { message: "from must be before to", path: ["to"] });

export const responseTimesRowSchema = z.object({
  key: z.union([
    z.object({ kind: z.enum(["brand", "persona"]) }),
    z.object({ id: z.uuid().nullable(), name: z.string().nullable() }),
  ]),
  responses: z.number().int(),
  medianSeconds: z.number().nullable(),
  p90Seconds: z.number().nullable(),
  firstResponses: z.number().int(),
  firstMedianSeconds: z.number().nullable(),
  slaAttainment: z.number().min(0).max(1).nullable(),
});
