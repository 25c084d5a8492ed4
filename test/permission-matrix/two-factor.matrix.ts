import { eq } from "drizzle-orm";
import * as policyActions from "@/app/(dashboard)/w/[workspace]/settings/two-factor-actions";
import { workspaces } from "@/db/schema";
import { testDb } from "@/db/testing/fixtures";
import { resultStatus } from "./helpers";
import type { MatrixModule } from "./types";

async function requiresTwoFactor(workspaceId: string) {
  const [row] = await testDb()
    .select({ required: workspaces.requireTwoFactor })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return row?.required;
}

export const matrix: MatrixModule = {
  endpoints: {
    setRequireTwoFactorAction: {
      permission: "settings.manage",
      mutates: true,
      // Which of the two events depends on the direction; the matrix flips the setting each time.
      audit: "workspace.two_factor_required",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        // Always switch it on from off (the signed-in test user has two-factor sign-in), then off again directly.
        await testDb().update(workspaces).set({ requireTwoFactor: false }).where(eq(workspaces.id, workspaceId));
        const result = await policyActions.setRequireTwoFactorAction({ workspaceId, required: true });
        const changed = (await requiresTwoFactor(workspaceId)) === true;
        await testDb().update(workspaces).set({ requireTwoFactor: false }).where(eq(workspaces.id, workspaceId));
        return { status: resultStatus(result), changed };
      },
    },
  },
  unscoped: {
    beginTwoFactorSetupAction: "the caller's own two-factor sign-in (tested in profile/two-factor-actions.test.ts)",
    confirmTwoFactorAction: "the caller's own two-factor sign-in",
    disableTwoFactorAction: "the caller's own two-factor sign-in; needs their password",
    regenerateRecoveryCodesAction: "the caller's own recovery codes; needs their password",
  },
};
