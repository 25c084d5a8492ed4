"use server";

import type { z } from "zod";
import { db } from "@/db";
import { recordAudit } from "@/db/queries/audit";
import { acceptInvitationAsUser, declineInvitation } from "@/db/queries/invitations";
import { currentUser } from "@/lib/auth/session";
import type { ActionResult, ErrorCode } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server";
import { invitationTargetSchema } from "@/lib/invitations/schemas";

// The invited person is not a member of the workspace yet, so these are not workspace actions: the session is the
// authorization, and the invitation's email must be the signed-in person's own (in the WHERE clause).

async function failure(code: ErrorCode) {
  const t = await getServerTranslator();
  return { ok: false as const, error: { code, message: t(`errors.${code}`) } };
}

async function invitee(raw: unknown) {
  const user = await currentUser();
  if (!user) return { error: await failure("unauthorized") };
  const parsed = invitationTargetSchema.safeParse(raw);
  // A malformed id is as unknown as a foreign one.
  if (!parsed.success) return { error: await failure("not_found") };
  return { user, invitationId: parsed.data.invitationId };
}

/** Joins the workspace with the invited role; answers its slug so the app can open it. */
export async function acceptInvitationAction(
  raw: z.input<typeof invitationTargetSchema>,
): Promise<ActionResult<{ slug: string }>> {
  const caller = await invitee(raw);
  if ("error" in caller) return caller.error!;
  const { user, invitationId } = caller;
  const result = await db.transaction(async (tx) => {
    const accepted = await acceptInvitationAsUser(tx, { invitationId, userId: user.id, email: user.email });
    if (accepted.ok) {
      const { workspaceId, email, role } = accepted.value;
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "invitation.accepted",
        objectType: "invitation",
        objectId: invitationId,
        data: { email, role, via: "app" },
      });
    }
    return accepted;
  });
  if (!result.ok) return failure(result.code);
  return { ok: true, data: { slug: result.value.slug } };
}

export async function declineInvitationAction(
  raw: z.input<typeof invitationTargetSchema>,
): Promise<ActionResult<null>> {
  const caller = await invitee(raw);
  if ("error" in caller) return caller.error!;
  const { user, invitationId } = caller;
  const result = await db.transaction(async (tx) => {
    const declined = await declineInvitation(tx, { invitationId, email: user.email });
    if (declined.ok) {
      const { workspaceId, email, role } = declined.value;
      await recordAudit(tx, {
        workspaceId,
        actorUserId: user.id,
        action: "invitation.declined",
        objectType: "invitation",
        objectId: invitationId,
        data: { email, role },
      });
    }
    return declined;
  });
  if (!result.ok) return failure(result.code);
  return { ok: true, data: null };
}
