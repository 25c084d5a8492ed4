"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { addMemberAction } from "@/app/(dashboard)/w/[workspace]/settings/members/actions";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { ROLES, type Role } from "@/db/schema/enums";
import type { ActionError } from "@/lib/errors";
import { memberQueries } from "@/lib/team/queries";
import { Field } from "@/components/forms/field";

type Created = { name: string; password: string };

/**
 * Add a member by email, name and role. When a new account was created, the dialog switches to showing its
 * initial password — only here, only once: it lives in this component's state until the dialog closes.
 */
export function AddMemberDialog({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("team.add");
  const tRole = useTranslations("roles");
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role>("community_manager");
  const [error, setError] = useState<ActionError | null>(null);
  const [created, setCreated] = useState<Created | null>(null);

  const add = useMutation({
    mutationFn: (input: { email: string; name: string; role: Role }) => addMemberAction({ ...input, workspaceId }),
    onSuccess: async (result, input) => {
      if (!result.ok) return setError(result.error);
      setError(null);
      await queryClient.invalidateQueries({ queryKey: memberQueries.all(workspaceId) });
      if (result.data.initialPassword) setCreated({ name: input.name, password: result.data.initialPassword });
      else {
        toast({ title: t("added", { name: input.name }) });
        setOpen(false);
      }
    },
    onError: (e) => setError({ code: "bad_request", message: e.message }),
  });

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setCreated(null);
      setError(null);
      add.reset();
    }
  }

  async function copy(password: string) {
    try {
      await navigator.clipboard.writeText(password);
      toast({ title: t("copied") });
    } catch {
      toast({ title: t("copyFailed"), variant: "destructive" });
    }
  }

  const fieldErrors = error?.fieldErrors ?? {};
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>{t("open")}</Button>
      </DialogTrigger>
      <DialogContent>
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>{t("createdTitle")}</DialogTitle>
              <DialogDescription>{t("createdBody", { name: created.name })}</DialogDescription>
            </DialogHeader>
            <div className="grid gap-2">
              <Label htmlFor="initial-password">{t("password")}</Label>
              <div className="flex gap-2">
                <Input id="initial-password" readOnly value={created.password} className="font-mono" onFocus={(e) => e.currentTarget.select()} />
                <Button type="button" variant="outline" onClick={() => copy(created.password)}>
                  <Copy aria-hidden />
                  {t("copy")}
                </Button>
              </div>
            </div>
            <DialogFooter>
              <Button onClick={() => onOpenChange(false)}>{t("done")}</Button>
            </DialogFooter>
          </>
        ) : (
          <form
            className="grid gap-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              const form = new FormData(e.currentTarget);
              add.mutate({ email: String(form.get("email") ?? ""), name: String(form.get("name") ?? ""), role });
            }}
          >
            <DialogHeader>
              <DialogTitle>{t("title")}</DialogTitle>
              <DialogDescription>{t("description")}</DialogDescription>
            </DialogHeader>
            {error && !error.fieldErrors ? (
              <Alert variant="destructive" role="alert">
                <AlertDescription>{error.message}</AlertDescription>
              </Alert>
            ) : null}
            <Field id="member-email" label={t("email")} errors={fieldErrors.email}>
              <Input name="email" type="email" required maxLength={254} autoComplete="off" />
            </Field>
            <Field id="member-name" label={t("name")} errors={fieldErrors.name}>
              <Input name="name" required autoComplete="off" />
            </Field>
            <Field id="member-role" label={t("role")} errors={fieldErrors.role}>
              {(control) => (
                <Select value={role} onValueChange={(v) => setRole(v as Role)}>
                  <SelectTrigger {...control} className="w-full">
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {ROLES.map((r) => (
                      <SelectItem key={r} value={r}>
                        {tRole(r)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            </Field>
            <DialogFooter>
              <Button type="submit" disabled={add.isPending}>
                {add.isPending ? t("submitting") : t("submit")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
