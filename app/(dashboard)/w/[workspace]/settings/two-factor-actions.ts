"use server";

import { eq } from "drizzle-orm";
import { recordAudit } from "@/db/queries/audit";
import { workspaces } from "@/db/schema";
import { workspaceAction } from "@/lib/actions/workspace-action";
import { fieldFailure, orThrow } from "@/lib/outcome";
import { requireTwoFactorSchema } from "@/lib/two-factor/schemas";

/**
 * Requires (or stops requiring) two-factor sign-in of every member. An admin who has not turned it on for
 * themselves cannot require it — they would lock themselves out of the settings that undo it.
 */
export const setRequireTwoFactorAction = workspaceAction(
  "settings.manage",
  requireTwoFactorSchema,
  async ({ required }, { db, workspaceId, user }) => {
    if (required && !user.twoFactorEnabled)
      orThrow(fieldFailure("bad_request", "required", "twoFactor.errors.enableForYourselfFirst"));
    return db.transaction(async (tx) => {
      await tx.update(workspaces).set({ requireTwoFactor: required }).where(eq(workspaces.id, workspaceId));
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: required ? "workspace.two_factor_required" : "workspace.two_factor_optional",
        objectType: "workspace",
        objectId: workspaceId,
        data: { required },
      });
      return { required };
    });
  },
);
