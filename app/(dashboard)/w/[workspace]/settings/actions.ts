"use server";

import { recordAudit } from "@/db/queries/audit";
import { createWorkspace, updateWorkspaceSettings } from "@/db/queries/workspaces";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { AppError } from "@/lib/errors";
import { normaliseSchedule } from "@/lib/team/schedule";
import { createWorkspaceSchema, workspaceSettingsSchema } from "@/lib/team/schemas";

/**
 * Saves the whole settings form; last write wins (see updateWorkspaceSettings). The schema checks every field,
 * time zone and opening hours included, so all problems come back from one save.
 */
export const updateWorkspaceSettingsAction = workspaceAction(
  "settings.manage",
  workspaceSettingsSchema,
  async (input, { db, workspaceId, user }) => {
    const settings = { ...input, businessHours: normaliseSchedule(input.businessHours) };
    return db.transaction(async (tx) => {
      const updated = await updateWorkspaceSettings(tx, { workspaceId, ...settings });
      if (!updated) throw new AppError("not_found");
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "workspace.settings_updated",
        objectType: "workspace",
        objectId: workspaceId,
        data: settings,
      });
      return { name: updated.name };
    });
  },
);

/**
 * An admin of the current workspace creates another one (an agency adds a client) and becomes its admin. The
 * permission is checked in the current workspace; the audit event is written in the new one.
 */
export const createWorkspaceAction = workspaceAction(
  "workspaces.create",
  createWorkspaceSchema,
  async (input, { db, user, workspaceId: fromWorkspaceId }) => {
    return db.transaction(async (tx) => {
      const { workspace, brandId } = await createWorkspace(tx, { ...input, creatorUserId: user.id });
      await recordAudit(tx, {
        workspaceId: workspace.id,
        actorUserId: user.id,
        action: "workspace.created",
        objectType: "workspace",
        objectId: workspace.id,
        data: { name: workspace.name, slug: workspace.slug, createdFrom: fromWorkspaceId, brandIdentityId: brandId },
      });
      return { id: workspace.id, slug: workspace.slug, name: workspace.name };
    });
  },
);
