"use server";

import { recordAudit } from "@/db/queries/audit";
import { createInvitation, revokeInvitation } from "@/db/queries/invitations";
import { changeMemberRole, removeMember, setMemberDeactivated, type MemberChangeFailure } from "@/db/queries/members";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { invitationTargetSchema, inviteMemberSchema } from "@/lib/invitations/schemas";
import { INVITATION_DAYS, newInvitationToken } from "@/lib/invitations/token";
import type { Failure } from "@/lib/outcome";
import { changeMemberRoleSchema, memberTargetSchema, setMemberActiveSchema } from "@/lib/team/schemas";

/** The last-admin and own-membership refusals carry a message of their own, shown next to the member. */
async function refuse(reason: MemberChangeFailure): Promise<never> {
  if (reason === "not_found") throw new AppError("not_found");
  const t = await getServerTranslator();
  throw new AppError("conflict", { userId: [t(reason === "last_admin" ? "team.errors.lastAdmin" : "team.errors.self")] });
}

/** An outcome failure as the wrapper's AppError, its field message keys translated. */
async function refuseOutcome(failure: Failure): Promise<never> {
  // Keys come from the domain layer as plain strings.
  const t = (await getServerTranslator()) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const fields = failure.fields
    ? Object.fromEntries(Object.entries(failure.fields).map(([field, problems]) => [field, problems.map((p) => t(p.key, p.values))]))
    : undefined;
  throw new AppError(failure.code, fields);
}

/**
 * Invites an email with a role. The answer is the same whether the email has a Curtain account or not (nothing
 * about other workspaces' people leaks), and nobody is added without saying yes: an existing account accepts in
 * the app, someone new through the link. The link's token is returned once, to this response only, for the admin
 * to copy; only its hash is stored, and neither goes into the audit log.
 */
export const inviteMemberAction = workspaceAction("members.manage", inviteMemberSchema, async ({ email, role }, { db, workspaceId, user }) => {
  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 3600 * 1000);
  const result = await db.transaction(async (tx) => {
    const created = await createInvitation(tx, { workspaceId, email, role, invitedByUserId: user.id, tokenHash, expiresAt });
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
  if (!result.ok) return refuseOutcome(result);
  return { invitationId: result.value.id, token, expiresAt: result.value.expiresAt.toISOString() };
});

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
    if (!result.ok) return refuseOutcome(result);
    return { invitationId };
  },
);

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
