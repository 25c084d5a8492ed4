import { and, desc, eq, gt, isNull, or, sql } from "drizzle-orm";
import { checkScopes, generateToken } from "@/lib/api-tokens/token";
import { fail, fieldFailure, ok, type Outcome } from "@/lib/outcome";
import type { DbOrTx } from "../connect";
import { apiTokens, memberships, users } from "../schema";
import { recordAudit } from "./audit";

export type NewToken = { id: string; token: string; prefix: string; scopes: string[]; expiresAt: Date | null };

/**
 * Issues a token for an active member of the workspace, with scopes their role has now (or "all"). The token is
 * returned once; only its hash is kept. Written with its audit event in one transaction.
 */
export async function createApiToken(
  db: DbOrTx,
  input: {
    workspaceId: string;
    userId: string;
    name: string;
    scopes: readonly string[];
    expiresAt: Date | null;
    actorUserId: string;
  },
): Promise<Outcome<NewToken>> {
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        and(
          eq(memberships.workspaceId, input.workspaceId),
          eq(memberships.userId, input.userId),
          isNull(memberships.deactivatedAt),
          eq(users.active, true),
        ),
      );
    if (!member) return fail("not_found");
    const checked = checkScopes(input.scopes, member.role);
    if (!checked.ok)
      return fieldFailure("bad_request", "scopes", "api.errors.scopes", {
        names: [...checked.unknown, ...checked.notInRole].join(", ") || "—",
      });
    const { token, hash, prefix } = generateToken();
    const [row] = await tx
      .insert(apiTokens)
      .values({
        workspaceId: input.workspaceId,
        userId: input.userId,
        name: input.name,
        tokenHash: hash,
        prefix,
        scopes: checked.scopes,
        expiresAt: input.expiresAt,
        createdById: input.actorUserId,
      })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      workspaceId: input.workspaceId,
      actorUserId: input.actorUserId,
      action: "api_token.created",
      objectType: "api_token",
      objectId: row!.id,
      data: { name: input.name, userId: input.userId, scopes: checked.scopes, expiresAt: input.expiresAt },
    });
    return ok({ id: row!.id, token, prefix, scopes: checked.scopes, expiresAt: input.expiresAt });
  });
}

/** The workspace's tokens (never their hashes), newest first, with whom each acts as. */
export async function listApiTokens(db: DbOrTx, { workspaceId }: { workspaceId: string }) {
  return db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
      createdAt: apiTokens.createdAt,
      user: { id: users.id, name: users.name, email: users.email },
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.workspaceId, workspaceId))
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(500);
}
export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Revokes a token of this workspace at once; revoking twice is not_found's sibling: a no-op conflict. */
export async function revokeApiToken(
  db: DbOrTx,
  { workspaceId, tokenId, actorUserId }: { workspaceId: string; tokenId: string; actorUserId: string },
): Promise<Outcome<{ id: string }>> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) return fail("not_found");
    await recordAudit(tx, {
      workspaceId,
      actorUserId,
      action: "api_token.revoked",
      objectType: "api_token",
      objectId: row.id,
      data: { name: row.name },
    });
    return ok({ id: row.id });
  });
}

/**
 * The live token with this hash: not revoked, not expired, its user active and still a member of the token's
 * workspace — with the user's role as it is now. Undefined otherwise (the route answers 401).
 */
export async function findLiveToken(db: DbOrTx, { tokenHash, now = new Date() }: { tokenHash: string; now?: Date }) {
  const [row] = await db
    .select({
      id: apiTokens.id,
      workspaceId: apiTokens.workspaceId,
      scopes: apiTokens.scopes,
      lastUsedAt: apiTokens.lastUsedAt,
      role: memberships.role,
      user: { id: users.id, name: users.name, email: users.email, locale: users.locale },
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(
      memberships,
      and(eq(memberships.userId, apiTokens.userId), eq(memberships.workspaceId, apiTokens.workspaceId)),
    )
    .where(
      and(
        eq(apiTokens.tokenHash, tokenHash),
        isNull(apiTokens.revokedAt),
        or(isNull(apiTokens.expiresAt), gt(apiTokens.expiresAt, now)),
        isNull(memberships.deactivatedAt),
        eq(users.active, true),
      ),
    );
  return row;
}
export type LiveToken = NonNullable<Awaited<ReturnType<typeof findLiveToken>>>;

/** "Last used", written at most once a minute per token so busy tokens do not write on every request. */
export async function touchApiToken(db: DbOrTx, { tokenId }: { tokenId: string }) {
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(
      and(
        eq(apiTokens.id, tokenId),
        or(isNull(apiTokens.lastUsedAt), sql`${apiTokens.lastUsedAt} < now() - interval '1 minute'`),
      ),
    );
}
