"use client";

import { useFormatter, useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/app/(dashboard)/w/[workspace]/settings/members/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Role } from "@/db/schema/enum-values";

export type PendingInvitationRow = {
  id: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: string;
};

type Props = { workspaceId: string; invitations: PendingInvitationRow[]; canManage: boolean; timeZone: string };

/** Settings → Members: invitations nobody has answered yet; admins can revoke them. Rendered by the server page. */
export function PendingInvitations({ workspaceId, invitations, canManage, timeZone }: Props) {
  const t = useTranslations("members.pending");
  const tRole = useTranslations("roles");
  const format = useFormatter();
  const revoke = useActionMutation(
    ({ invitationId }: { invitationId: string; email: string }) =>
      revokeInvitationAction({ workspaceId, invitationId }),
    { refresh: true, successMessage: (_data, input) => t("revoked", { email: input.email }) },
  );
  return (
    <section aria-labelledby="pending-invitations" className="grid gap-3">
      <h2 id="pending-invitations" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {invitations.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("email")}</TableHead>
                <TableHead>{t("role")}</TableHead>
                <TableHead>{t("invitedBy")}</TableHead>
                <TableHead>{t("expires")}</TableHead>
                {canManage ? <TableHead>{t("actions")}</TableHead> : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {invitations.map((invitation) => (
                <TableRow key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                  <TableCell className="font-medium">{invitation.email}</TableCell>
                  <TableCell>{tRole(invitation.role)}</TableCell>
                  <TableCell>{invitation.invitedBy ?? "—"}</TableCell>
                  <TableCell>
                    {format.dateTime(new Date(invitation.expiresAt), {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone,
                    })}
                  </TableCell>
                  {canManage ? (
                    <TableCell>
                      <Button
                        variant="outline"
                        size="sm"
                        aria-label={t("revokeLabel", { email: invitation.email })}
                        disabled={revoke.isPending}
                        onClick={() => revoke.mutate({ invitationId: invitation.id, email: invitation.email })}
                      >
                        {t("revoke")}
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
