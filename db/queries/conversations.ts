import { and, eq, exists, sql, type SQL } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import { notFoundOrConflict, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { conversations, identities, identityOperators } from "../schema";
import type { ConversationStatus } from "../schema/enums";

/** Limits triage to conversations routed to an active persona this user operates (see lib/inbox/triage.ts). */
export type TriageScope = { operatorUserId?: string };

export function triageable(db: DbOrTx, { operatorUserId }: TriageScope): SQL<boolean> {
  if (!operatorUserId) return sql<boolean>`true`;
  // A subquery builder (not raw SQL) so the columns stay table-qualified inside single-table statements.
  const operated = db
    .select({ one: sql`1` })
    .from(identityOperators)
    .innerJoin(identities, eq(identities.id, identityOperators.identityId))
    .where(
      and(
        eq(identityOperators.identityId, conversations.identityId),
        eq(identityOperators.userId, operatorUserId),
        eq(identities.kind, "persona"),
        eq(identities.status, "active"),
      ),
    );
  return sql<boolean>`${exists(operated)}`;
}

/**
 * Changes one conversation if it still has the version the caller read and lies in the caller's triage scope (and
 * meets `only`, e.g. "nobody has it yet"), bumping its version: not_found for another workspace's id, forbidden
 * outside the scope or `only`, conflict when someone changed it meanwhile. Every single-conversation triage change
 * goes through here, so none can forget the version or the scope.
 */
export async function updateTriageable(
  db: DbOrTx,
  input: {
    workspaceId: string;
    conversationId: string;
    version: number;
    scope?: TriageScope;
    set: PgUpdateSetSource<typeof conversations>;
    only?: SQL;
  },
): Promise<Outcome<{ id: string; version: number }>> {
  const { workspaceId, conversationId, version, scope = {}, set, only } = input;
  const inWorkspace = and(eq(conversations.id, conversationId), eq(conversations.workspaceId, workspaceId));
  const [row] = await db
    .update(conversations)
    .set({ ...set, version: sql`${conversations.version} + 1` })
    .where(and(inWorkspace, eq(conversations.version, version), triageable(db, scope), only))
    .returning({ id: conversations.id, version: conversations.version });
  if (row) return ok(row);
  return notFoundOrConflict(
    async () =>
      (
        await db
          .select({ triageable: triageable(db, scope), version: conversations.version })
          .from(conversations)
          .where(inWorkspace)
      )[0],
    // Unchanged version and in scope, yet not updated: `only` refused it.
    (found) => !found.triageable || (only !== undefined && found.version === version),
  );
}

/**
 * The columns a status change sets: a status picked by hand other than snoozed clears any snooze; snoozed without a
 * time (the status control, not the snooze dialog) wakes it after a day.
 */
export function statusChange(status: ConversationStatus) {
  return { status, snoozedUntil: status === "snoozed" ? sql`now() + interval '1 day'` : null };
}

/** Moves a conversation to another status (see updateTriageable for the guards). */
export async function setConversationStatus(
  db: DbOrTx,
  input: {
    workspaceId: string;
    conversationId: string;
    status: ConversationStatus;
    version: number;
    scope?: TriageScope;
  },
): Promise<Outcome<{ id: string; status: ConversationStatus; version: number }>> {
  const outcome = await updateTriageable(db, { ...input, set: statusChange(input.status) });
  return outcome.ok ? ok({ ...outcome.value, status: input.status }) : outcome;
}
