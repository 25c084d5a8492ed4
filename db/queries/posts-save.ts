import { and, eq, notInArray, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { canEdit, NEEDS_REVIEW_AFTER_EDIT } from "@/lib/calendar/workflow";
import type { SavePostInput } from "@/lib/calendar/schemas";
import { outgoingText } from "@/lib/calendar/content";
import { zonedDateTime } from "@/lib/calendar/zoned";
import { cancelPostPublishing } from "@/lib/publishing/schedule";
import { fail, fieldFailure, ok, type FieldProblem, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { posts, postTargets, type ApprovalStep } from "../schema";
import type { PostStatus } from "../schema/enums";
import { channelFits, channelsOf, postForChange, voiceOf, type PostActor } from "./posts-access";

export type SavedPost = {
  id: string;
  version: number;
  status: PostStatus;
  created: boolean;
  returnedToReview: boolean;
};

type SaveArgs = { workspaceId: string; actor: PostActor; input: SavePostInput; timeZone: string; now?: Date };

/**
 * Creates or updates a post's content (the composer's autosave and its explicit save). Everything is checked before
 * anything is written: the voice (one the member may speak as), the channels (this workspace's, fitting the voice),
 * variants only for chosen channels, the time (not in the past when set or moved). Incomplete drafts are fine (no
 * channel yet, text over a limit): the workflow checks completeness when the post goes to review.
 * An edit of an approved or scheduled post sends it back to review and takes it off the publishing queue.
 * The caller runs it in a transaction.
 */
export async function savePost(
  db: DbOrTx,
  { workspaceId, actor, input, timeZone, now = new Date() }: SaveArgs,
): Promise<Outcome<SavedPost>> {
  const fields: Record<string, FieldProblem[]> = {};
  const add = (field: string, key: string) => (fields[field] ??= []).push({ key });

  const channelIds = [...new Set(input.channelIds)];
  // Three independent reads, pipelined on the transaction's connection (autosave runs this on every pause).
  const [existing, voice, found] = await Promise.all([
    input.postId ? postForChange(db, { workspaceId, postId: input.postId }) : undefined,
    voiceOf(db, { workspaceId, identityId: input.identityId, actor }),
    channelsOf(db, { workspaceId, channelIds }),
  ]);
  if (input.postId && !existing) return fail("not_found");
  if (existing && input.version !== existing.version)
    return fieldFailure("conflict", "version", "calendar.errors.stale");

  if (!voice) add("identityId", "calendar.errors.identityUnknown");
  else if (!voice.speaks) add("identityId", "calendar.errors.identityNotAllowed");
  if (existing && existing.identityId !== input.identityId) {
    const before = await voiceOf(db, { workspaceId, identityId: existing.identityId, actor });
    if (!before?.speaks) add("identityId", "calendar.errors.identityNotAllowed");
  }

  if (found.length !== channelIds.length) add("channelIds", "calendar.errors.channelUnknown");
  else if (found.some((c) => !channelFits(c, input.identityId))) add("channelIds", "calendar.errors.channelOwner");
  for (const v of input.variants)
    if (!channelIds.includes(v.channelId)) add(`variants.${v.channelId}`, "calendar.errors.variantChannel");
  for (const [i, m] of input.media.entries()) if (!m.alt.trim()) add(`media.${i}.alt`, "calendar.errors.altRequired");

  let scheduledAt: Date | null = null;
  if (Boolean(input.date) !== Boolean(input.time)) add(input.date ? "time" : "date", "calendar.errors.dateAndTime");
  else if (input.date) {
    scheduledAt = zonedDateTime(input.date, input.time, timeZone);
    const moved = existing?.scheduledAt?.getTime() !== scheduledAt.getTime();
    if (moved && scheduledAt.getTime() <= now.getTime()) add("date", "calendar.errors.past");
  }
  if (Object.keys(fields).length) return fail("bad_request", fields);
  if (existing && !canEdit(actor, existing, true))
    return fieldFailure("conflict", "version", "calendar.errors.notEditable");

  const returnedToReview = Boolean(existing && NEEDS_REVIEW_AFTER_EDIT.includes(existing.status));
  const trail: ApprovalStep[] = [];
  const at = now.toISOString();
  if (!existing) trail.push({ at, userId: actor.userId, action: "created" });
  if (returnedToReview) trail.push({ at, userId: actor.userId, action: "returned_to_review", from: existing!.status });
  const content = {
    identityId: input.identityId,
    body: input.body,
    media: input.media.map((m) => ({ url: m.url, alt: m.alt.trim(), kind: "image" as const })),
    campaign: input.campaign || null,
    tags: [...new Set(input.tags)],
    scheduledAt,
    updatedAt: now,
  };

  let saved: { id: string; version: number; status: PostStatus };
  if (existing) {
    const [row] = await db
      .update(posts)
      .set({
        ...content,
        status: returnedToReview ? "in_review" : existing.status,
        approvalTrail: sql`${posts.approvalTrail} || ${JSON.stringify(trail)}::jsonb`,
        version: sql`${posts.version} + 1`,
      })
      .where(and(eq(posts.id, existing.id), eq(posts.workspaceId, workspaceId), eq(posts.version, existing.version)))
      .returning({ id: posts.id, version: posts.version, status: posts.status });
    if (!row) return fieldFailure("conflict", "version", "calendar.errors.stale");
    saved = row;
    if (existing.status === "scheduled") await cancelPostPublishing(db, { workspaceId, postId: existing.id });
  } else {
    const [row] = await db
      .insert(posts)
      .values({ ...content, workspaceId, authorUserId: actor.userId, status: "draft", approvalTrail: trail })
      .returning({ id: posts.id, version: posts.version, status: posts.status });
    saved = row!;
  }

  await replaceTargets(db, { workspaceId, postId: saved.id, voice: voice!, channels: found, input });
  return ok({ ...saved, created: !existing, returnedToReview });
}

async function replaceTargets(
  db: DbOrTx,
  args: {
    workspaceId: string;
    postId: string;
    voice: NonNullable<Awaited<ReturnType<typeof voiceOf>>>;
    channels: Awaited<ReturnType<typeof channelsOf>>;
    input: SavePostInput;
  },
) {
  const { workspaceId, postId, voice, channels, input } = args;
  const keep = channels.map((c) => c.id);
  // Published targets stay whatever happens: they are history (a partly failed post may be edited and retried).
  await db
    .delete(postTargets)
    .where(
      and(
        eq(postTargets.postId, postId),
        eq(postTargets.workspaceId, workspaceId),
        sql`${postTargets.status} <> 'published'`,
        keep.length ? notInArray(postTargets.channelId, keep) : sql`true`,
      ),
    );
  if (!channels.length) return;
  const rows = channels.map((c) => {
    const variant = input.variants.find((v) => v.channelId === c.id)?.body.trim() || null;
    const text = outgoingText(input.body, voice, {
      channelId: c.id,
      platform: c.platform,
      channelIdentityId: c.identityId,
      variant,
    });
    return {
      workspaceId,
      postId,
      channelId: c.id,
      variant,
      bodyOverride: text === input.body ? null : text,
      idempotencyKey: `${postId}:${c.id}:${randomUUID()}`,
    };
  });
  await db
    .insert(postTargets)
    .values(rows)
    .onConflictDoUpdate({
      target: [postTargets.postId, postTargets.channelId],
      set: { variant: sql`excluded.variant`, bodyOverride: sql`excluded.body_override` },
      setWhere: sql`${postTargets.status} <> 'published'`,
    });
}
