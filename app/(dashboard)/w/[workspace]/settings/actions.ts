"use server";

import { recordAudit } from "@/db/queries/audit";
import { createWorkspace, updateWorkspaceSettings } from "@/db/queries/workspaces";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { AppError, type FieldErrors } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { isValidTimeZone, normaliseSchedule, scheduleProblems } from "@/lib/team/schedule";
import { createWorkspaceSchema, workspaceSettingsSchema } from "@/lib/team/schemas";

async function timeZoneError(timezone: string): Promise<FieldErrors> {
  if (isValidTimeZone(timezone)) return {};
  const t = await getServerTranslator();
  return { timezone: [t("settings.errors.timezone")] };
}

/** Saves the whole settings form; last write wins (see updateWorkspaceSettings). */
export const updateWorkspaceSettingsAction = workspaceAction(
  "settings.manage",
  workspaceSettingsSchema,
  async (input, { db, workspaceId, user }) => {
    const t = await getServerTranslator();
    const fieldErrors = await timeZoneError(input.timezone);
    for (const [day, problem] of Object.entries(scheduleProblems(input.businessHours))) {
      fieldErrors[`businessHours.${day}`] = [t(`settings.errors.${problem}`)];
    }
    if (Object.keys(fieldErrors).length > 0) throw new AppError("bad_request", fieldErrors);
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
    const fieldErrors = await timeZoneError(input.timezone);
    if (Object.keys(fieldErrors).length > 0) throw new AppError("bad_request", fieldErrors);
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
