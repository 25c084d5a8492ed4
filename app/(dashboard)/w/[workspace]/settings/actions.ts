"use server";

import { recordAudit } from "@/db/queries/audit";
import { updateWorkspaceSettings } from "@/db/queries/workspaces";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { orThrow } from "@/lib/outcome";
import { normaliseSchedule } from "@/lib/workspaces/schedule";
import { workspaceSettingsSchema } from "@/lib/members/schemas";

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
      const updated = orThrow(await updateWorkspaceSettings(tx, { workspaceId, ...settings }));
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
