"use client";

import { useFormatter, useTranslations } from "next-intl";
import { acceptInvitationAction, declineInvitationAction } from "@/app/(auth)/invitations/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Button } from "@/components/ui/button";
import type { Role } from "@/db/schema/enum-values";
import type { ActionResult } from "@/lib/errors";

export type InvitationItem = {
  id: string;
  role: Role;
  workspaceName: string;
  invitedBy: string | null;
  expiresAt: string;
};

/** The signed-in person's open invitations, each with Accept and Decline. Accepting opens the workspace. */
export function InvitationList({ invitations }: { invitations: InvitationItem[] }) {
  const t = useTranslations("invitations.page");
  const tRole = useTranslations("roles");
  const format = useFormatter();
  const answer = useActionMutation(
    ({
      invitation,
      accept,
    }: {
      invitation: InvitationItem;
      accept: boolean;
    }): Promise<ActionResult<{ slug: string } | null>> =>
      accept
        ? acceptInvitationAction({ invitationId: invitation.id })
        : declineInvitationAction({ invitationId: invitation.id }),
    {
      // Declined, or refused because it was answered elsewhere or expired meanwhile: the list shows what is open.
      refresh: true,
      successMessage: (data, { invitation }) =>
        data ? t("accepted", { workspace: invitation.workspaceName }) : t("declined"),
      // Accepted: a full load, as the shell's workspace list changes.
      onSuccess: (data) => data && window.location.assign(new URL(`/w/${data.slug}`, window.location.origin)),
    },
  );

  if (invitations.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <ul className="grid gap-3">
      {invitations.map((invitation) => (
        <li
          key={invitation.id}
          className="grid gap-2 rounded-md border p-3"
          data-testid={`invitation-${invitation.workspaceName}`}
        >
          <p className="font-medium">{invitation.workspaceName}</p>
          <p className="text-sm text-muted-foreground">
            {t("item", { role: tRole(invitation.role), inviter: invitation.invitedBy ?? t("unknownInviter") })}
            {" · "}
            {t("expires", { date: format.dateTime(new Date(invitation.expiresAt), { dateStyle: "medium" }) })}
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              disabled={answer.isPending}
              aria-label={t("acceptLabel", { workspace: invitation.workspaceName })}
              onClick={() => answer.mutate({ invitation, accept: true })}
            >
              {t("accept")}
            </Button>
            <Button
              size="sm"
              variant="outline"
              disabled={answer.isPending}
              aria-label={t("declineLabel", { workspace: invitation.workspaceName })}
              onClick={() => answer.mutate({ invitation, accept: false })}
            >
              {t("decline")}
            </Button>
          </div>
        </li>
      ))}
    </ul>
  );
}
