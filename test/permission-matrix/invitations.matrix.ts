import { eq } from "drizzle-orm";
import * as memberActions from "@/app/(dashboard)/w/[workspace]/settings/members/actions";
import { invitations } from "@/db/schema";
import { testDb, uniqueTag } from "@/db/testing/fixtures";
import { newInvitationToken } from "@/lib/invitations/token";
import { resultStatus } from "./helpers";
import type { MatrixModule } from "./types";

/** A fresh open invitation in the objects' workspace, so every attempt has its own to revoke. */
async function freshInvitation(workspaceId: string) {
  const [row] = await testDb()
    .insert(invitations)
    .values({
      workspaceId,
      email: `matrix-invite-${uniqueTag()}@curtain.test`,
      role: "analyst",
      tokenHash: newInvitationToken().tokenHash,
      expiresAt: new Date(Date.now() + 86_400_000),
    })
    .returning();
  return row!;
}

export const matrix: MatrixModule = {
  endpoints: {
    inviteMemberAction: {
      permission: "members.manage",
      mutates: true,
      audit: "invitation.created",
      objectless: true,
      attempt: async ({ workspaceId }) => {
        const email = `invited-${uniqueTag()}@curtain.test`;
        const result = await memberActions.inviteMemberAction({ workspaceId, email, role: "analyst" });
        const rows = await testDb()
          .select({ id: invitations.id })
          .from(invitations)
          .where(eq(invitations.email, email));
        return { status: resultStatus(result), changed: rows.length > 0 };
      },
    },
    revokeInvitationAction: {
      permission: "members.manage",
      mutates: true,
      audit: "invitation.revoked",
      attempt: async ({ workspaceId, objects }) => {
        const invitation = await freshInvitation(objects.workspaceId);
        const result = await memberActions.revokeInvitationAction({ workspaceId, invitationId: invitation.id });
        const [row] = await testDb()
          .select({ revokedAt: invitations.revokedAt })
          .from(invitations)
          .where(eq(invitations.id, invitation.id));
        return { status: resultStatus(result), changed: row!.revokedAt !== null };
      },
    },
  },
  unscoped: {
    acceptInvitationAction:
      "the invited person is not a member yet: only the signed-in person whose email the invitation names can accept it (tested in (auth)/invitations/actions.test.ts)",
    declineInvitationAction: "as acceptInvitationAction, for declining (tested in (auth)/invitations/actions.test.ts)",
    acceptInvitationWithTokenAction:
      "public: the one-time link's token is the authorization, and it never opens an existing account (tested in (auth)/invitations/actions.test.ts)",
  },
};
