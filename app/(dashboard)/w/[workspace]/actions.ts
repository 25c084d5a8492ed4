"use server";

import { recordAudit } from "@/db/queries/audit";
import { createWorkspace } from "@/db/queries/workspaces";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { createWorkspaceSchema } from "@/lib/members/schemas";

// Actions of the workspace shell (the switcher and its "new workspace" dialog), not of one section.

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
