"use server";

import { recordAudit } from "@/db/queries/audit";
import { addMember, changeMemberRole, removeMember, setMemberDeactivated } from "@/db/queries/members";
import { findUserByEmail } from "@/db/queries/users";
import { getWorkspace } from "@/db/queries/workspaces";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { orThrow } from "@/lib/outcome";
import { generateInitialPassword } from "@/lib/team/initial-password";
import { addMemberSchema, changeMemberRoleSchema, memberTargetSchema, setMemberActiveSchema } from "@/lib/team/schemas";

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
    await db.transaction(async (tx) => {
      const { from } = orThrow(await changeMemberRole(tx, { workspaceId, actorUserId: user.id, userId, role }));
      if (from !== role) {
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "member.role_changed",
          objectType: "user",
          objectId: userId,
          data: { from, to: role },
        });
      }
    });
    return { userId, role };
  },
);

export const setMemberActiveAction = workspaceAction(
  "members.manage",
  setMemberActiveSchema,
  async ({ userId, active }, { db, workspaceId, user }) => {
    await db.transaction(async (tx) => {
      orThrow(await setMemberDeactivated(tx, { workspaceId, actorUserId: user.id, userId, deactivated: !active }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: active ? "member.reactivated" : "member.deactivated",
        objectType: "user",
        objectId: userId,
      });
    });
    return { userId, active };
  },
);

export const removeMemberAction = workspaceAction("members.manage", memberTargetSchema, async ({ userId }, { db, workspaceId, user }) => {
  await db.transaction(async (tx) => {
    const { role } = orThrow(await removeMember(tx, { workspaceId, actorUserId: user.id, userId }));
    await recordAudit(tx, { workspaceId, actorUserId: user.id, action: "member.removed", objectType: "user", objectId: userId, data: { role } });
  });
  return { userId };
});
