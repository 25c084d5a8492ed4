import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { inboundBatchSchema, inboundEventSchema, ingestResultSchema } from "@/lib/ingest/events";
import * as s from "./schemas";

/**
 * Every /api/v1 operation: method, path, the permission it needs (the same as the matching action in the app),
 * and the zod schemas its route validates with. Route files take their schemas and permission from here, and the
 * OpenAPI document (openapi.ts) is generated from this table — one source for both.
 */
export type Operation = {
  method: "get" | "post" | "patch";
  path: string;
  summary: string;
  /** null: not a bearer-token operation (the inbound webhook is signed; the document is public). */
  permission: Permission | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  status: 200 | 201;
  response: z.ZodType;
  errors: number[];
};

const op = <const O extends Operation>(o: O) => o;
const AUTH = [400, 401, 403, 429];

export const OPERATIONS = {
  inbound: op({
    method: "post",
    path: "/api/v1/channels/{channelId}/inbound",
    summary:
      "Receive platform events for a channel. Signed with the channel's inbound secret: X-Curtain-Timestamp (Unix " +
      'seconds) and X-Curtain-Signature: sha256=<hex HMAC-SHA256 of "{timestamp}.{raw body}">. 1–1,000 events; ' +
      "each answered created, duplicate or rejected (with a reason), in order.",
    permission: null,
    params: s.channelIdParams,
    body: inboundBatchSchema.extend({ events: z.array(inboundEventSchema).min(1).max(1000) }),
    status: 200,
    response: z.object({ results: z.array(ingestResultSchema) }),
    errors: [400, 401, 404, 413, 429],
  }),
  listIdentities: op({
    method: "get",
    path: "/api/v1/identities",
    summary: "The workspace's identities (brand and personas).",
    permission: "identities.view",
    status: 200,
    response: s.list(s.identitySchema),
    errors: AUTH,
  }),
  listChannels: op({
    method: "get",
    path: "/api/v1/channels",
    summary: "The workspace's channels (never a secret); the same permission as Settings → Channels.",
    permission: "members.view",
    status: 200,
    response: s.list(s.channelSchema),
    errors: AUTH,
  }),
  rotateInboundSecret: op({
    method: "post",
    path: "/api/v1/channels/{id}/inbound-secret",
    summary: "Generate a new inbound secret for a channel; returned once, the old one stops working at once.",
    permission: "channels.manage",
    params: s.idParams,
    status: 200,
    response: s.one(s.inboundSecretSchema),
    errors: [...AUTH, 404],
  }),
  listConversations: op({
    method: "get",
    path: "/api/v1/conversations",
    summary: "Conversations, newest activity first (lastMessageAt, then id, descending); keyset cursor.",
    permission: "conversations.view",
    query: s.listConversationsQuery,
    status: 200,
    response: s.page(s.conversationSchema),
    errors: AUTH,
  }),
  getConversation: op({
    method: "get",
    path: "/api/v1/conversations/{id}",
    summary: "One conversation with its messages, oldest first.",
    permission: "conversations.view",
    params: s.idParams,
    status: 200,
    response: s.one(s.conversationWithMessagesSchema),
    errors: [...AUTH, 404],
  }),
  updateConversation: op({
    method: "patch",
    path: "/api/v1/conversations/{id}",
    summary:
      "Change status, priority, category or assignee. `version` is the one you read: a stale one is 409. " +
      "Assigning someone other than yourself also needs conversations.assign.",
    permission: "conversations.triage",
    params: s.idParams,
    body: s.updateConversationBody,
    status: 200,
    response: s.one(s.conversationSchema),
    errors: [...AUTH, 404, 409],
  }),
  reply: op({
    method: "post",
    path: "/api/v1/conversations/{id}/replies",
    summary:
      "Answer as an identity (brand or persona). The returned text is exactly what will be delivered (sign-off " +
      "applied). 403 when the token's user may not speak as that identity; 409 when `version` is stale.",
    permission: "conversations.reply",
    params: s.idParams,
    body: s.replyBody,
    status: 201,
    response: s.one(s.messageSchema),
    errors: [...AUTH, 404, 409],
  }),
  listPosts: op({
    method: "get",
    path: "/api/v1/posts",
    summary: "Posts scheduled (or, unscheduled, created) in [from, to), at most 92 days.",
    permission: "posts.view",
    query: s.listPostsQuery,
    status: 200,
    response: s.list(s.postSchema),
    errors: AUTH,
  }),
  createPost: op({
    method: "post",
    path: "/api/v1/posts",
    summary:
      "Create a draft post for an identity you may speak as, on channels that fit it, with optional per-channel " +
      "variants and a time; submit it for review in the app. Same checks as the calendar's composer.",
    permission: "posts.create",
    body: s.createPostBody,
    status: 201,
    response: s.one(s.postSchema),
    errors: AUTH,
  }),
  updatePost: op({
    method: "patch",
    path: "/api/v1/posts/{id}",
    summary:
      "Approve a post in review (`status: approved`) with the `version` you read; 409 when stale or not in review.",
    permission: "posts.approve",
    params: s.idParams,
    body: s.updatePostBody,
    status: 200,
    response: s.one(s.postSchema),
    errors: [...AUTH, 404, 409],
  }),
  responseTimes: op({
    method: "get",
    path: "/api/v1/reports/response-times",
    summary:
      "Responses, median and p90 response time in seconds, first responses and SLA attainment (0–1) for responses " +
      "with from ≤ time < to, grouped by identity kind, identity, channel or member (calendar seconds unless " +
      "hours=business). Grouping by member needs teamReports.view as well, as on the reports page.",
    permission: "reports.view",
    query: s.responseTimesQuery,
    status: 200,
    response: z.object({ data: z.array(s.responseTimesRowSchema) }),
    errors: AUTH,
  }),
} as const satisfies Record<string, Operation>;
