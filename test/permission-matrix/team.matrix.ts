import { eq } from "drizzle-orm";
import * as memberActions from "@/app/(dashboard)/w/[workspace]/settings/members/actions";
import * as settingsActions from "@/app/(dashboard)/w/[workspace]/settings/actions";
import * as shellActions from "@/app/(dashboard)/w/[workspace]/actions";
import * as membersRoute from "@/app/api/w/[workspaceId]/members/route";
import { memberships, users, workspaces } from "@/db/schema";
import { testDb, uniqueTag } from "@/db/testing/fixtures";
import { httpStatus, resultStatus, routeParams } from "./helpers";
import type { MatrixModule } from "./types";

/** A fresh analyst in the objects' workspace, so every attempt has its own member to change. */
async function freshMember(workspaceId: string) {
  const db = testDb();
  const tag = uniqueTag();
  const [user] = await db
    .insert(users)
    .values({ email: `matrix-${tag}@curtain.test`, name: `Matrix ${tag}`, passwordHash: "unused" })
    .returning({ id: users.id });
  const [membership] = await db
    .insert(memberships)
    .values({ workspaceId, userId: user!.id, role: "analyst" })
    .returning();
  return membership!;
}

async function membership(id: string) {
  const [row] = await testDb().select().from(memberships).where(eq(memberships.id, id));
  return row;
}

const SETTINGS = {
  timezone: "Europe/Berlin",
  defaultLocale: "de" as const,
  businessHours: {
    "1": [
      ["09:00", "12:00"],
      ["13:00", "17:00"],
    ] as [string, string][],
  },
  slaTargets: { urgent: 10, high: 30, normal: 120, low: 600 },
};

export const matrix: MatrixModule = {
  endpoints: {
    changeMemberRoleAction: {
      permission: "members.manage",
      mutates: true,
      audit: "member.role_changed",
      attempt: async ({ workspaceId, objects }) => {
        const target = await freshMember(objects.workspaceId);
        const result = await memberActions.changeMemberRoleAction({
          workspaceId,
          userId: target.userId,
          role: "manager",
        });
        return { status: resultStatus(result), changed: (await membership(target.id))!.role !== "analyst" };
      },
    },
    setMemberActiveAction: {
      permission: "members.manage",
      mutates: true,
      audit: "member.deactivated",
      attempt: async ({ workspaceId, objects }) => {
        const target = await freshMember(objects.workspaceId);
        const result = await memberActions.setMemberActiveAction({ workspaceId, userId: target.userId, active: false });
        return { status: resultStatus(result), changed: (await membership(target.id))!.deactivatedAt !== null };
      },
    },
    removeMemberAction: {
      permission: "members.manage",
      mutates: true,
      audit: "member.removed",
      attempt: async ({ workspaceId, objects }) => {
        const target = await freshMember(objects.workspaceId);
        const result = await memberActions.removeMemberAction({ workspaceId, userId: target.userId });
        return { status: resultStatus(result), changed: (await membership(target.id)) === undefined };
      },
    },
    updateWorkspaceSettingsAction: {
      permission: "settings.manage",
      mutates: true,
      audit: "workspace.settings_updated",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const name = `Renamed ${uniqueTag()}`;
        const result = await settingsActions.updateWorkspaceSettingsAction({ workspaceId, name, ...SETTINGS });
        const [row] = await testDb()
          .select({ name: workspaces.name })
          .from(workspaces)
          .where(eq(workspaces.id, workspaceId));
        return { status: resultStatus(result), changed: row?.name === name };
      },
    },
    createWorkspaceAction: {
      permission: "workspaces.create",
      mutates: true,
      audit: "workspace.created",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const name = `Client ${uniqueTag()}`;
        const result = await shellActions.createWorkspaceAction({
          workspaceId,
          name,
          timezone: "Europe/Vienna",
          defaultLocale: "de",
        });
        const rows = await testDb().select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.name, name));
        return { status: resultStatus(result), changed: rows.length > 0 };
      },
    },
    "GET /api/w/[workspaceId]/members": {
      permission: "members.view",
      mutates: false,
      attempt: async ({ workspaceId }) => {
        const response = await membersRoute.GET(
          new Request(`http://test/api/w/${workspaceId}/members`),
          routeParams(workspaceId),
        );
        return { status: httpStatus(response.status), changed: false };
      },
    },
  },
  unscoped: {
    updateProfileAction: "changes the caller's own name, avatar and language only (tested in profile/actions.test.ts)",
    changePasswordAction:
      "changes the caller's own password only, after checking the current one (tested in profile/change-password.test.ts)",
  },
};
