"use client";

import { Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { inviteMemberAction } from "@/app/(dashboard)/w/[workspace]/settings/members/actions";
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
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { toast } from "@/components/ui/toast-store";
import { ROLES, type Role } from "@/db/schema/enum-values";

/**
 * Invite an email with a role. The answer is the same for any email; the dialog then shows the one-time link —
 * only here, only once: the link lives in this component's state until the dialog closes.
 */
export function InviteMemberDialog({ workspaceId }: { workspaceId: string }) {
  const t = useTranslations("members.invite");
  const tRole = useTranslations("roles");
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role>("community_manager");
  const [created, setCreated] = useState<{ email: string; link: string } | null>(null);

  const invite = useActionMutation(
    (input: { email: string; role: Role }) => inviteMemberAction({ ...input, workspaceId }),
    {
      errorToast: false,
      refresh: true, // the pending invitations are listed by the server-rendered page
      // The link is built here from the address the admin is using, never from a Host header the server was sent.
      onSuccess: (data, input) =>
        setCreated({ email: input.email.trim(), link: `${window.location.origin}/invite/${data.token}` }),
    },
  );
  const error = invite.actionError;

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      setCreated(null);
      invite.reset();
      invite.resetFieldErrors();
    }
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      toast({ title: t("copied") });
    } catch {
      toast({ title: t("copyFailed"), variant: "destructive" });
    }
  }

  const fieldErrors = invite.fieldErrors;
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
              <DialogDescription>{t("createdBody", { email: created.email })}</DialogDescription>
            </DialogHeader>
            <div className="grid gap-2">
              <Label htmlFor="invitation-link">{t("link")}</Label>
              <div className="flex flex-wrap gap-2">
                <Input
                  id="invitation-link"
                  readOnly
                  value={created.link}
                  className="min-w-0 flex-1 font-mono"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <Button type="button" variant="outline" onClick={() => copy(created.link)}>
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
              invite.mutate({ email: String(new FormData(e.currentTarget).get("email") ?? ""), role });
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
            <Field id="invite-email" label={t("email")} errors={fieldErrors.email}>
              <Input name="email" type="email" required maxLength={254} autoComplete="off" />
            </Field>
            <Field id="invite-role" label={t("role")} errors={fieldErrors.role}>
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
              <Button type="submit" disabled={invite.isPending}>
                {invite.isPending ? t("submitting") : t("submit")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
