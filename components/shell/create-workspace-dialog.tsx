"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { createWorkspaceAction } from "@/app/(dashboard)/w/[workspace]/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";
import { LocaleSelect } from "@/components/forms/locale-select";
import { TimeZoneInput } from "@/components/settings/time-zone-input";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { isLocale } from "@/lib/i18n/config";
import { timeZoneOptions } from "@/lib/workspaces/schedule";

type Props = { open: boolean; onOpenChange: (open: boolean) => void; fromWorkspaceId: string };

/** Name, time zone and language of a new workspace; on success the creator lands in it as its admin. */
export function CreateWorkspaceDialog({ open, onOpenChange, fromWorkspaceId }: Props) {
  const t = useTranslations("members.createWorkspace");
  const locale = useLocale();
  const router = useRouter();
  // The dialog's fields only render while it is open (on the client), so the browser's zone is a safe default.
  const [timezone, setTimezone] = useState(() => Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC");
  const [zones] = useState(timeZoneOptions);

  const create = useActionMutation(
    (input: { name: string; defaultLocale: string }) =>
      createWorkspaceAction({
        workspaceId: fromWorkspaceId,
        name: input.name,
        timezone,
        defaultLocale: input.defaultLocale as "en",
      }),
    {
      errorToast: false,
      successMessage: (data) => t("created", { name: data.name }),
      onSuccess: (data) => {
        onOpenChange(false);
        router.push(`/w/${data.slug}/settings`);
      },
    },
  );
  const error = create.actionError;
  const fe = create.fieldErrors;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) create.reset();
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
            create.mutate({
              name: String(form.get("name") ?? ""),
              defaultLocale: String(form.get("defaultLocale") ?? "en"),
            });
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
          <Field id="new-ws-name" label={t("name")} errors={fe.name}>
            <Input name="name" required autoComplete="off" />
          </Field>
          <Field id="new-ws-timezone" label={t("timezone")} errors={fe.timezone}>
            {(control) => (
              <TimeZoneInput {...control} value={timezone} onChange={setTimezone} options={zones} required />
            )}
          </Field>
          <Field id="new-ws-locale" label={t("defaultLanguage")} errors={fe.defaultLocale}>
            <LocaleSelect name="defaultLocale" defaultValue={isLocale(locale) ? locale : "en"} />
          </Field>
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
