import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { conversations, memberships, notes, notifications, users } from "../schema";
import { recordAudit } from "./audit";

const EXCERPT = 140;

/**
 * An internal note on a conversation: never delivered anywhere. Mentioned people (only active members of this
 * workspace count; the author is not notified of their own note) get a notification in the same transaction.
 * A note does not change the conversation, so it does not bump its version (a note never blocks a reply).
 */
export async function addNote(
  db: DbOrTx,
  {
    workspaceId,
    conversationId,
    authorUserId,
    body,
    mentions,
  }: { workspaceId: string; conversationId: string; authorUserId: string; body: string; mentions: string[] },
): Promise<Outcome<{ id: string; mentioned: string[] }>> {
  const text = body.trim();
  if (!text) return fail("bad_request", { body: [{ key: "conversation.errors.empty" }] });
  return db.transaction(async (tx) => {
    const [conversation] = await tx
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId)));
    if (!conversation) return fail("not_found");
    const wanted = [...new Set(mentions)].filter((id) => id !== authorUserId);
    const members = wanted.length
      ? await tx
          .select({ userId: memberships.userId })
          .from(memberships)
          .where(
            and(
              eq(memberships.workspaceId, workspaceId),
              inArray(memberships.userId, wanted),
              isNull(memberships.deactivatedAt),
            ),
          )
      : [];
    const mentioned = members.map((m) => m.userId);
    const [note] = await tx
      .insert(notes)
      .values({ workspaceId, conversationId, authorUserId, body: text, mentions: mentioned })
      .returning({ id: notes.id });
    if (mentioned.length) {
      await tx.insert(notifications).values(
        mentioned.map((userId) => ({
          workspaceId,
          userId,
          kind: "mention" as const,
          actorUserId: authorUserId,
          conversationId,
          noteId: note!.id,
          excerpt: text.slice(0, EXCERPT),
        })),
      );
    }
    await recordAudit(tx, {
      workspaceId,
      actorUserId: authorUserId,
      action: "conversation.note_added",
      objectType: "conversation",
      objectId: conversationId,
      data: { noteId: note!.id, mentioned },
    });
    return ok({ id: note!.id, mentioned });
  });
}

/** Members that can be @mentioned: active members of the workspace. */
export async function listMentionableMembers(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), isNull(memberships.deactivatedAt), sql`${users.active}`))
    .orderBy(users.name);
}
