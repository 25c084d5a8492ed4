"use server";

import { recordAudit } from "@/db/queries/audit";
import { createInvitation, revokeInvitation } from "@/db/queries/invitations";
import { changeMemberRole, removeMember, setMemberDeactivated } from "@/db/queries/members";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { invitationTargetSchema, inviteMemberSchema } from "@/lib/invitations/schemas";
import { INVITATION_DAYS, newInvitationToken } from "@/lib/invitations/token";
import { orThrow } from "@/lib/outcome";
import { changeMemberRoleSchema, memberTargetSchema, setMemberActiveSchema } from "@/lib/members/schemas";

/**
 * Invites an email with a role. The answer is the same whether the email has a Curtain account or not (nothing
 * about other workspaces' people leaks), and nobody is added without saying yes: an existing account accepts in
 * the app, someone new through the link. The link's token is returned once, to this response only, for the admin
 * to copy; only its hash is stored, and neither goes into the audit log.
 */
export const inviteMemberAction = workspaceAction(
  "members.manage",
  inviteMemberSchema,
  async ({ email, role }, { db, workspaceId, user }) => {
    const { token, tokenHash } = newInvitationToken();
    const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
    const result = await db.transaction(async (tx) => {
      const created = await createInvitation(tx, {
        workspaceId,
        email,
        role,
        invitedByUserId: user.id,
        tokenHash,
        expiresAt,
      });
      if (created.ok) {
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "invitation.created",
          objectType: "invitation",
          objectId: created.value.id,
          data: { email, role, ...(created.value.replaced ? { replaced: created.value.replaced } : {}) },
        });
      }
      return created;
    });
    const invited = orThrow(result);
    return { invitationId: invited.id, token, expiresAt: invited.expiresAt.toISOString() };
  },
);

export const revokeInvitationAction = workspaceAction(
  "members.manage",
  invitationTargetSchema,
  async ({ invitationId }, { db, workspaceId, user }) => {
    const result = await db.transaction(async (tx) => {
      const revoked = await revokeInvitation(tx, { workspaceId, invitationId });
      if (revoked.ok) {
        await recordAudit(tx, {
          workspaceId,
          actorUserId: user.id,
          action: "invitation.revoked",
          objectType: "invitation",
          objectId: invitationId,
          data: { email: revoked.value.email, role: revoked.value.role },
        });
      }
      return revoked;
    });
    orThrow(result);
    return { invitationId };
  },
);

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

export const removeMemberAction = workspaceAction(
  "members.manage",
  memberTargetSchema,
  async ({ userId }, { db, workspaceId, user }) => {
    await db.transaction(async (tx) => {
      const { role } = orThrow(await removeMember(tx, { workspaceId, actorUserId: user.id, userId }));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "member.removed",
        objectType: "user",
        objectId: userId,
        data: { role },
      });
    });
    return { userId };
  },
);
