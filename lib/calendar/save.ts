import type { DbOrTx } from "@/db/connect";
import { recordAudit } from "@/db/queries/audit";
import type { PostActor } from "@/db/queries/posts-access";
import { savePost } from "@/db/queries/posts-save";
import { orThrow } from "@/lib/outcome";
import type { SavePostInput } from "./schemas";

/**
 * Creates or updates a draft and writes its audit event, in one transaction — the composer's autosave and
 * `POST /api/v1/posts` take this path (the voice rule, channels and limits are savePost's).
 */
export async function savePostWithAudit(
  db: DbOrTx,
  args: { workspaceId: string; actor: PostActor; input: SavePostInput; timeZone: string },
) {
  return db.transaction(async (tx) => {
    const saved = orThrow(await savePost(tx, args));
    await recordAudit(tx, {
      workspaceId: args.workspaceId,
      actorUserId: args.actor.userId,
      action: saved.created ? "post.created" : "post.updated",
      objectType: "post",
      objectId: saved.id,
      data: saved.returnedToReview ? { returnedToReview: true } : {},
    });
    return saved;
  });
}

/** An instant as the calendar's local date and time fields in the workspace's zone (minutes). */
export function localDateTime(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
