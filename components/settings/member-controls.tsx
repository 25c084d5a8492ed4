"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  changeMemberRoleAction,
  removeMemberAction,
  setMemberActiveAction,
} from "@/app/(dashboard)/w/[workspace]/settings/members/actions";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { Member } from "@/db/queries/members";
import { ROLES, type Role } from "@/db/schema/enum-values";
import type { Jsonify } from "@/lib/jsonify";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { memberQueries } from "@/lib/members/queries";

type Props = { workspaceId: string; member: Jsonify<Member> };

function RoleSelect({ workspaceId, member }: Props) {
  const t = useTranslations("members");
  const tRole = useTranslations("roles");
  const change = useActionMutation(
    (input: { userId: string; role: Role }) => changeMemberRoleAction({ workspaceId, ...input }),
    {
      invalidate: [memberQueries.all(workspaceId)],
      fieldErrorsInToast: true,
      successMessage: (_data, input) => t("roleChanged", { name: member.name, role: tRole(input.role) }),
    },
  );
  return (
    <Select
      value={change.isPending ? change.variables.role : member.role}
      disabled={change.isPending}
      onValueChange={(role) => change.mutate({ userId: member.userId, role: role as Role })}
    >
      <SelectTrigger size="sm" aria-label={t("roleOf", { name: member.name })}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {ROLES.map((role) => (
          <SelectItem key={role} value={role}>
            {tRole(role)}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}

function MemberActions({ workspaceId, member }: Props) {
  const t = useTranslations("members");
  const [confirmOpen, setConfirmOpen] = useState(false);
  const setActive = useActionMutation(
    (input: { userId: string; active: boolean }) => setMemberActiveAction({ workspaceId, ...input }),
    {
      invalidate: [memberQueries.all(workspaceId)],
      fieldErrorsInToast: true,
      successMessage: (_data, input) => t(input.active ? "reactivated" : "deactivated", { name: member.name }),
    },
  );
  const remove = useActionMutation((input: { userId: string }) => removeMemberAction({ workspaceId, ...input }), {
    invalidate: [memberQueries.all(workspaceId)],
    fieldErrorsInToast: true,
    successMessage: () => t("removed", { name: member.name }),
  });
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        size="sm"
        variant="outline"
        disabled={setActive.isPending}
        aria-label={t(member.active ? "deactivateLabel" : "reactivateLabel", { name: member.name })}
        onClick={() => setActive.mutate({ userId: member.userId, active: !member.active })}
      >
        {member.active ? t("deactivate") : t("reactivate")}
      </Button>
      <Dialog open={confirmOpen} onOpenChange={setConfirmOpen}>
        <DialogTrigger asChild>
          <Button size="sm" variant="ghost" aria-label={t("removeLabel", { name: member.name })}>
            {t("remove")}
          </Button>
        </DialogTrigger>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>{t("removeTitle", { name: member.name })}</DialogTitle>
            <DialogDescription>{t("removeBody")}</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{t("cancel")}</Button>
            </DialogClose>
            <Button
              variant="destructive"
              disabled={remove.isPending}
              onClick={() => remove.mutate({ userId: member.userId }, { onSettled: () => setConfirmOpen(false) })}
            >
              {t("remove")}
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}

export const MemberControls = { Role: RoleSelect, Actions: MemberActions };
