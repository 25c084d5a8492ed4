import { z } from "zod";
import { nameCharacters, textCharacters, versionSchema } from "@/lib/actions/common-schemas";
import { POST_STATUSES } from "@/db/schema/enum-values";
import { POST_ACTIONS } from "./workflow";

export const approvePostSchema = z.object({
  postId: z.uuid(),
  version: versionSchema,
});

const MAX_RANGE_DAYS = 62;
const list = (value: unknown) => (typeof value === "string" && value ? value.split(",") : undefined);

/** The calendar's filters, as they appear in the page URL and the JSON route (comma-separated lists). */
export const postFiltersSchema = z.object({
  identity: z.preprocess(list, z.array(z.uuid()).max(50).optional()),
  channel: z.preprocess(list, z.array(z.uuid()).max(50).optional()),
  status: z.preprocess(list, z.array(z.enum(POST_STATUSES)).max(POST_STATUSES.length).optional()),
  campaign: z.string().trim().max(80).optional(),
  tag: z.string().trim().max(40).optional(),
});
export type PostFilters = z.output<typeof postFiltersSchema>;

/** A calendar window; at most two months so one request cannot scan a workspace's whole history. */
export const listPostsQuerySchema = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }) })
  .extend(postFiltersSchema.shape)
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { path: ["to"], error: "to must be after from" })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_RANGE_DAYS * 86_400_000, {
    path: ["to"],
    error: "range too long",
  });

// Generous outer bound (Facebook's 63,206); each platform's real limit is checked with its own message.
const postText = (max: number) => textCharacters(z.string().max(max, { error: "validation.tooLong" }));

export const mediaSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000, { error: "validation.tooLong" })
    .pipe(z.url({ protocol: /^https?$/, error: "calendar.errors.mediaUrl" })),
  alt: postText(1500).trim().min(1, { error: "calendar.errors.altRequired" }),
});

/**
 * A draft as the composer saves it. The date and time are the wall-clock values in the workspace's time zone; the
 * server turns them into an instant (lib/calendar/zoned.ts), so DST is decided in one place.
 */
export const savePostSchema = z.object({
  postId: z.uuid().optional(),
  version: versionSchema.optional(),
  identityId: z.uuid({ error: "calendar.errors.identityRequired" }),
  channelIds: z.array(z.uuid()).max(20, { error: "validation.tooMany" }),
  body: postText(63_206),
  variants: z.array(z.object({ channelId: z.uuid(), body: postText(63_206) })).max(20),
  media: z.array(mediaSchema).max(4, { error: "validation.tooMany" }),
  campaign: nameCharacters(z.string().trim().max(80, { error: "validation.tooLong" })),
  tags: z
    .array(nameCharacters(z.string().trim().min(1).max(40, { error: "validation.tooLong" })))
    .max(10, { error: "validation.tooMany" }),
  date: z.union([z.literal(""), z.iso.date({ error: "calendar.errors.date" })]),
  time: z.union([z.literal(""), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "validation.timeOfDay" })]),
});
export type SavePostInput = z.output<typeof savePostSchema>;

export const transitionPostSchema = z.object({
  postId: z.uuid(),
  version: versionSchema,
  action: z.enum(POST_ACTIONS),
  comment: postText(2000).trim().default(""),
});

export const reschedulePostSchema = z.object({
  postId: z.uuid(),
  version: versionSchema,
  scheduledAt: z.iso.datetime({ offset: true }),
});

export const postCommentSchema = z.object({
  postId: z.uuid(),
  body: postText(2000).trim().min(1, { error: "validation.required" }),
});
