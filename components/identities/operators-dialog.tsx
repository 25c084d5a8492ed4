"use client";

import { UserRoundPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import {
  addOperatorAction,
  handoverPersonaAction,
  removeOperatorAction,
} from "@/app/(dashboard)/w/[workspace]/identities/actions";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import type { Role } from "@/db/schema/enum-values";
import { Field, selectClass } from "@/components/forms/field";
import { useActionMutation } from "@/components/common/use-action-mutation";

export type TeamMember = { userId: string; name: string; role: Role };
export type OperatorsProps = {
  workspaceId: string;
  persona: { id: string; displayName: string };
  operators: { userId: string; name: string }[];
  members: TeamMember[];
};
type Props = OperatorsProps & { open: boolean; onOpenChange: (open: boolean) => void };

/** Who may speak as a persona: add, remove, and hand the persona from one operator to another in one step. */
export function OperatorsDialog({ workspaceId, persona, operators, members, open, onOpenChange }: Props) {
  const t = useTranslations("identityForm");
  const tRole = useTranslations("roles");
  const nameOf = (userId: string) =>
    members.find((m) => m.userId === userId)?.name ?? operators.find((o) => o.userId === userId)?.name ?? "";
  // Identity cards are read on the server: a refresh shows the change.
  const add = useActionMutation(
    (userId: string) => addOperatorAction({ workspaceId, identityId: persona.id, userId }),
    {
      refresh: true,
      successMessage: (d) => t("operatorAdded", { name: nameOf(d.userId) }),
    },
  );
  const remove = useActionMutation(
    (userId: string) => removeOperatorAction({ workspaceId, identityId: persona.id, userId }),
    {
      refresh: true,
      fieldErrorsInToast: true,
      successMessage: (d) => t("operatorRemoved", { name: nameOf(d.userId) }),
    },
  );
  const handover = useActionMutation(
    (input: { fromUserId: string; toUserId: string }) =>
      handoverPersonaAction({ workspaceId, identityId: persona.id, ...input }),
    { refresh: true, successMessage: (d) => t("handedOver", { name: nameOf(d.toUserId) }) },
  );
  const candidates = members.filter((m) => !operators.some((o) => o.userId === m.userId));
  const ids = {
    add: `operators-${persona.id}-add`,
    from: `operators-${persona.id}-from`,
    to: `operators-${persona.id}-to`,
  };

  function submit(event: FormEvent<HTMLFormElement>, run: (data: FormData) => void) {
    event.preventDefault();
    run(new FormData(event.currentTarget));
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("operatorsTitle", { name: persona.displayName })}</DialogTitle>
          <DialogDescription>{t("operatorsDescription")}</DialogDescription>
        </DialogHeader>
        <section aria-labelledby={`${ids.add}-current`} className="grid gap-2">
          <h3 id={`${ids.add}-current`} className="text-sm font-medium">
            {t("currentOperators")}
          </h3>
          {operators.length === 0 ? <p className="text-sm text-muted-foreground">{t("noOperators")}</p> : null}
          <ul className="grid gap-1">
            {operators.map((o) => (
              <li key={o.userId} className="flex items-center justify-between gap-2 text-sm">
                <span>{o.name}</span>
                <Button variant="ghost" size="sm" disabled={remove.isPending} onClick={() => remove.mutate(o.userId)}>
                  {t("removeOperator", { name: o.name })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
        <form className="grid gap-2" onSubmit={(e) => submit(e, (d) => add.mutate(String(d.get("userId") ?? "")))}>
          <Field id={ids.add} label={t("addOperatorLabel")} errors={add.fieldErrors.userId}>
            <select name="userId" className={selectClass} required defaultValue="">
              <option value="" disabled>
                {t("chooseMember")}
              </option>
              {candidates.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.name} ({tRole(m.role)})
                </option>
              ))}
            </select>
          </Field>
          <Button
            type="submit"
            variant="secondary"
            className="justify-self-start"
            disabled={add.isPending || candidates.length === 0}
          >
            <UserRoundPlus aria-hidden />
            {t("addOperator")}
          </Button>
        </form>
        {operators.length > 0 ? (
          <form
            className="grid gap-2 border-t pt-4"
            onSubmit={(e) =>
              submit(e, (d) =>
                handover.mutate({
                  fromUserId: String(d.get("fromUserId") ?? ""),
                  toUserId: String(d.get("toUserId") ?? ""),
                }),
              )
            }
          >
            <h3 className="text-sm font-medium">{t("handover")}</h3>
            <p className="text-xs text-muted-foreground">{t("handoverHint")}</p>
            <div className="grid gap-2 sm:grid-cols-2">
              <Field id={ids.from} label={t("handoverFrom")} errors={handover.fieldErrors.fromUserId}>
                <select name="fromUserId" className={selectClass} defaultValue={operators[0]?.userId}>
                  {operators.map((o) => (
                    <option key={o.userId} value={o.userId}>
                      {o.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id={ids.to} label={t("handoverTo")} errors={handover.fieldErrors.toUserId}>
                <select name="toUserId" className={selectClass} required defaultValue="">
                  <option value="" disabled>
                    {t("chooseMember")}
                  </option>
                  {members.map((m) => (
                    <option key={m.userId} value={m.userId}>
                      {m.name} ({tRole(m.role)})
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            <Button type="submit" variant="secondary" className="justify-self-start" disabled={handover.isPending}>
              {t("handoverSubmit")}
            </Button>
          </form>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
