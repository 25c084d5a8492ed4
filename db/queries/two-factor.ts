import { and, count, eq, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "../connect";
import { recoveryCodes, twoFactorAuthenticators } from "../schema";

/** Whether the user has two-factor sign-in on, and how many recovery codes are left. */
export async function getTwoFactorStatus(db: DbOrTx, { userId }: { userId: string }) {
  const [row] = await db
    .select({ enabledAt: twoFactorAuthenticators.enabledAt })
    .from(twoFactorAuthenticators)
    .where(and(eq(twoFactorAuthenticators.userId, userId), isNotNull(twoFactorAuthenticators.enabledAt)));
  if (!row) return { enabled: false as const, enabledAt: null, recoveryCodesLeft: 0 };
  const [codes] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return { enabled: true as const, enabledAt: row.enabledAt, recoveryCodesLeft: codes?.left ?? 0 };
}

/** The sealed secret and replay guard of an enabled authenticator (sign-in), or of a pending one (`pending: true`). */
export async function getAuthenticator(db: DbOrTx, { userId, pending = false }: { userId: string; pending?: boolean }) {
  const [row] = await db
    .select()
    .from(twoFactorAuthenticators)
    .where(
      and(
        eq(twoFactorAuthenticators.userId, userId),
        pending ? isNull(twoFactorAuthenticators.enabledAt) : isNotNull(twoFactorAuthenticators.enabledAt),
      ),
    );
  return row;
}

/** Starts (or restarts) setting up an authenticator; an enabled one is never replaced here. */
export async function startAuthenticatorSetup(
  db: DbOrTx,
  { userId, secretSealed }: { userId: string; secretSealed: string },
) {
  const [row] = await db
    .insert(twoFactorAuthenticators)
    .values({ userId, secretSealed })
    .onConflictDoUpdate({
      target: twoFactorAuthenticators.userId,
      set: { secretSealed, lastTimeStep: 0, createdAt: sql`now()` },
      setWhere: isNull(twoFactorAuthenticators.enabledAt),
    })
    .returning({ userId: twoFactorAuthenticators.userId });
  return Boolean(row);
}

/**
 * Accepts a code's time step only if it is newer than the last accepted one — in the WHERE clause, so two
 * sign-ins racing with the same code cannot both pass.
 */
export async function acceptTimeStep(db: DbOrTx, { userId, step }: { userId: string; step: number }) {
  const rows = await db
    .update(twoFactorAuthenticators)
    .set({ lastTimeStep: step })
    .where(and(eq(twoFactorAuthenticators.userId, userId), lt(twoFactorAuthenticators.lastTimeStep, step)))
    .returning({ userId: twoFactorAuthenticators.userId });
  return rows.length === 1;
}

/** Turns a confirmed pending authenticator on and replaces the recovery codes, in one transaction. */
export async function enableAuthenticator(
  db: DbOrTx,
  { userId, step, codeHashes }: { userId: string; step: number; codeHashes: string[] },
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(twoFactorAuthenticators)
      .set({ enabledAt: new Date(), lastTimeStep: step })
      .where(and(eq(twoFactorAuthenticators.userId, userId), isNull(twoFactorAuthenticators.enabledAt)))
      .returning({ userId: twoFactorAuthenticators.userId });
    if (!row) return false;
    await replaceRecoveryCodes(tx, { userId, codeHashes });
    return true;
  });
}

export async function replaceRecoveryCodes(
  db: DbOrTx,
  { userId, codeHashes }: { userId: string; codeHashes: string[] },
) {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses up one recovery code; false when it is unknown or already used (the update is the check). */
export async function spendRecoveryCode(db: DbOrTx, { userId, codeHash }: { userId: string; codeHash: string }) {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: new Date() })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function disableTwoFactor(db: DbOrTx, { userId }: { userId: string }) {
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx.delete(twoFactorAuthenticators).where(eq(twoFactorAuthenticators.userId, userId));
  });
}
