"use server";

import { recordAudit } from "@/db/queries/audit";
import { addMember, changeMemberRole, removeMember, setMemberDeactivated, type MemberChangeFailure } from "@/db/queries/members";
import { findUserByEmail } from "@/db/queries/users";
import { getWorkspace } from "@/db/queries/workspaces";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { generateInitialPassword } from "@/lib/team/initial-password";
import { addMemberSchema, changeMemberRoleSchema, memberTargetSchema, setMemberActiveSchema } from "@/lib/team/schemas";

/** The last-admin and own-membership refusals carry a message of their own, shown next to the member. */
async function refuse(reason: MemberChangeFailure): Promise<never> {
  if (reason === "not_found") throw new AppError("not_found");
  const t = await getServerTranslator();
  throw new AppError("conflict", { userId: [t(reason === "last_admin" ? "team.errors.lastAdmin" : "team.errors.self")] });
}

/**
 * Adds someone by email. A new account gets a random initial password that is returned once, to this response
 * only, for the admin to hand over; it is never stored in clear, logged or written to the audit log.
 */
export const addMemberAction = workspaceAction("members.manage", addMemberSchema, async (input, { db, workspaceId, user }) => {
  const existing = await findUserByEmail(db, { email: input.email });
  const initialPassword = existing ? null : generateInitialPassword();
  const newPasswordHash = initialPassword ? await hashPassword(initialPassword) : null;
  const workspace = await getWorkspace(db, { workspaceId });
  const result = await db.transaction(async (tx) => {
    const added = await addMember(tx, { workspaceId, ...input, locale: workspace?.defaultLocale ?? "en", newPasswordHash });
    if (!added.ok) return added;
    await recordAudit(tx, {
      workspaceId,
      actorUserId: user.id,
      action: "member.added",
      objectType: "user",
      objectId: added.userId,
      data: { email: input.email, role: input.role, accountCreated: added.created },
    });
    return added;
  });
  if (!result.ok) {
    if (result.reason === "needs_password") throw new AppError("conflict");
    const t = await getServerTranslator();
    throw new AppError("conflict", { email: [t("team.errors.alreadyMember")] });
  }
  return { userId: result.userId, accountCreated: result.created, initialPassword: result.created ? initialPassword : null };
});

export const changeMemberRoleAction = workspaceAction(
  "members.manage",
  changeMemberRoleSchema,
  async ({ userId, role }, { db, workspaceId, user }) => {
    const result = await db.transaction(async (tx) => {
      const changed = await changeMemberRole(tx, { workspaceId, actorUserId: user.id, userId, role });
      if (changed.ok && changed.value.from !== role) {
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "member.role_changed",
          objectType: "user",
          objectId: userId,
          data: { from: changed.value.from, to: role },
        });
      }
      return changed;
    });
    if (!result.ok) return refuse(result.reason);
    return { userId, role };
  },
);

export const setMemberActiveAction = workspaceAction(
  "members.manage",
  setMemberActiveSchema,
  async ({ userId, active }, { db, workspaceId, user }) => {
    const result = await db.transaction(async (tx) => {
      const changed = await setMemberDeactivated(tx, { workspaceId, actorUserId: user.id, userId, deactivated: !active });
      if (changed.ok) {
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: active ? "member.reactivated" : "member.deactivated",
          objectType: "user",
          objectId: userId,
        });
      }
      return changed;
    });
    if (!result.ok) return refuse(result.reason);
    return { userId, active };
  },
);

export const removeMemberAction = workspaceAction("members.manage", memberTargetSchema, async ({ userId }, { db, workspaceId, user }) => {
  const result = await db.transaction(async (tx) => {
    const removed = await removeMember(tx, { workspaceId, actorUserId: user.id, userId });
    if (removed.ok) {
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "member.removed",
        objectType: "user",
        objectId: userId,
        data: { role: removed.value.role },
      });
    }
    return removed;
  });
  if (!result.ok) return refuse(result.reason);
  return { userId };
});
