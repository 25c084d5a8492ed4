import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { fail, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { identities, savedReplies } from "../schema";
import { recordAudit } from "./audit";

export type SavedReplyInput = { title: string; body: string; identityId: string | null };

/** All saved replies of the workspace (Settings), or those a voice may use: shared ones plus its own (composer). */
export async function listSavedReplies(
  db: DbOrTx,
  { workspaceId, identityIds }: { workspaceId: string; identityIds?: string[] },
) {
  return db
    .select({
      id: savedReplies.id,
      title: savedReplies.title,
      body: savedReplies.body,
      identityId: savedReplies.identityId,
      identityName: identities.displayName,
      updatedAt: savedReplies.updatedAt,
    })
    .from(savedReplies)
    .leftJoin(identities, eq(identities.id, savedReplies.identityId))
    .where(
      and(
        eq(savedReplies.workspaceId, workspaceId),
        identityIds
          ? or(
              isNull(savedReplies.identityId),
              identityIds.length ? inArray(savedReplies.identityId, identityIds) : undefined,
            )
          : undefined,
      ),
    )
    .orderBy(asc(savedReplies.title));
}

async function identityInWorkspace(db: DbOrTx, workspaceId: string, identityId: string | null) {
  if (!identityId) return true;
  const [row] = await db
    .select({ id: identities.id })
    .from(identities)
    .where(and(eq(identities.id, identityId), eq(identities.workspaceId, workspaceId)));
  return Boolean(row);
}

const identityProblem = () => fail("bad_request", { identityId: [{ key: "conversation.errors.savedReplyIdentity" }] });

export async function createSavedReply(
  db: DbOrTx,
  { workspaceId, actorUserId, input }: { workspaceId: string; actorUserId: string; input: SavedReplyInput },
): Promise<Outcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    if (!(await identityInWorkspace(tx, workspaceId, input.identityId))) return identityProblem();
    const [row] = await tx
      .insert(savedReplies)
      .values({ workspaceId, ...input, createdById: actorUserId })
      .returning({ id: savedReplies.id });
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "saved_reply.created",
      objectType: "saved_reply",
      objectId: row!.id,
      data: { title: input.title },
    });
    return ok(row!);
  });
}

export async function updateSavedReply(
  db: DbOrTx,
  {
    workspaceId,
    actorUserId,
    savedReplyId,
    input,
  }: { workspaceId: string; actorUserId: string; savedReplyId: string; input: SavedReplyInput },
): Promise<Outcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    if (!(await identityInWorkspace(tx, workspaceId, input.identityId))) return identityProblem();
    const [row] = await tx
      .update(savedReplies)
      .set({ ...input, updatedAt: sql`now()` })
      .where(and(eq(savedReplies.id, savedReplyId), eq(savedReplies.workspaceId, workspaceId)))
      .returning({ id: savedReplies.id });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "saved_reply.updated",
      objectType: "saved_reply",
      objectId: row.id,
      data: { title: input.title },
    });
    return ok(row);
  });
}

export async function deleteSavedReply(
  db: DbOrTx,
  { workspaceId, actorUserId, savedReplyId }: { workspaceId: string; actorUserId: string; savedReplyId: string },
): Promise<Outcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(savedReplies)
      .where(and(eq(savedReplies.id, savedReplyId), eq(savedReplies.workspaceId, workspaceId)))
      .returning({ id: savedReplies.id, title: savedReplies.title });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "saved_reply.deleted",
      objectType: "saved_reply",
      objectId: row.id,
      data: { title: row.title },
    });
    return ok({ id: row.id });
  });
}

export type SavedReplyRow = Awaited<ReturnType<typeof listSavedReplies>>[number];
