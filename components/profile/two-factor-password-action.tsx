"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import {
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
} from "@/app/(dashboard)/w/[workspace]/profile/two-factor-actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/errors";

type Props = { kind: "disable" } | { kind: "regenerate"; onCodes: (codes: string[]) => void };

/** Turning two-factor sign-in off, or replacing the recovery codes: both ask for the password first. */
export function TwoFactorPasswordAction(props: Props) {
  const t = useTranslations("twoFactor");
  const [open, setOpen] = useState(false);
  const run = useActionMutation(
    async (password: string): Promise<ActionResult<{ recoveryCodes?: string[] }>> =>
      props.kind === "disable" ? disableTwoFactorAction({ password }) : regenerateRecoveryCodesAction({ password }),
    {
      errorToast: false,
      refresh: true,
      successMessage: () => (props.kind === "disable" ? t("turnedOff") : t("regenerated")),
      onSuccess: (data) => {
        setOpen(false);
        if (props.kind === "regenerate" && data.recoveryCodes) props.onCodes(data.recoveryCodes);
      },
    },
  );
  const label = props.kind === "disable" ? t("turnOff") : t("regenerate");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={props.kind === "disable" ? "destructive" : "outline"}>{label}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{label}</DialogTitle>
          <DialogDescription>
            {props.kind === "disable" ? t("turnOffDescription") : t("regenerateDescription")}
          </DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run.mutate(String(new FormData(e.currentTarget).get("password") ?? ""));
          }}
        >
          {run.actionError && !run.fieldErrors ? (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{run.actionError.message}</AlertDescription>
            </Alert>
          ) : null}
          <Field id={`two-factor-${props.kind}-password`} label={t("password")} errors={run.fieldErrors?.password}>
            <Input name="password" type="password" autoComplete="current-password" required maxLength={200} />
          </Field>
          <DialogFooter>
            <Button
              type="submit"
              variant={props.kind === "disable" ? "destructive" : "default"}
              disabled={run.isPending}
            >
              {label}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
