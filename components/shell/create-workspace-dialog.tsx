"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createWorkspaceAction } from "@/app/(dashboard)/w/[workspace]/actions";
import { describedBy, FieldError } from "@/components/forms/field";
import { LocaleSelect } from "@/components/forms/locale-select";
import { TimeZoneInput } from "@/components/settings/time-zone-input";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import type { ActionError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { timeZoneOptions } from "@/lib/team/schedule";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; fromWorkspaceId: string };

/** Name, time zone and language of a new workspace; on success the creator lands in it as its admin. */
export function CreateWorkspaceDialog({ open, onOpenChange, fromWorkspaceId }: Props) {
  const t = useTranslations("team.createWorkspace");
  const locale = useLocale();
  const router = useRouter();
  // The dialog's fields only render while it is open (on the client), so the browser's zone is a safe default.
  const [timezone, setTimezone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  const [error, setError] = useState<ActionError | null>(null);
  const [zones] = useState(timeZoneOptions);

  const create = useMutation({
    mutationFn: (input: { name: string; defaultLocale: string }) =>
      createWorkspaceAction({ workspaceId: fromWorkspaceId, name: input.name, timezone, defaultLocale: input.defaultLocale as "en" }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      toast({ title: t("created", { name: result.data.name }) });
      onOpenChange(false);
      router.push(`/w/${result.data.slug}/settings`);
    },
    onError: (e) => setError({ code: "bad_request", message: e.message }),
  });
  const fe = error?.fieldErrors ?? {};

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setError(null);
        onOpenChange(next);
      }}
    >
      <DialogContent>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = new FormData(e.currentTarget);
            create.mutate({ name: String(form.get("name") ?? ""), defaultLocale: String(form.get("defaultLocale") ?? "en") });
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
          <div className="grid gap-2">
            <Label htmlFor="new-ws-name">{t("name")}</Label>
            <Input id="new-ws-name" name="name" required maxLength={120} autoComplete="off" {...describedBy("new-ws-name", { error: fe.name })} />
            <FieldError id="new-ws-name-error" messages={fe.name} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="new-ws-timezone">{t("timezone")}</Label>
            <TimeZoneInput id="new-ws-timezone" value={timezone} onChange={setTimezone} options={zones} error={fe.timezone} />
            <FieldError id="new-ws-timezone-error" messages={fe.timezone} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="new-ws-locale">{t("defaultLanguage")}</Label>
            <LocaleSelect
              id="new-ws-locale"
              name="defaultLocale"
              defaultValue={isLocale(locale) ? locale : "en"}
            />
          </div>
          <DialogFooter>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? t("submitting") : t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
