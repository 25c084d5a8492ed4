"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateWorkspaceSettingsAction } from "@/app/(dashboard)/w/[workspace]/settings/actions";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toast";
import { PRIORITIES, type Priority } from "@/db/schema/enums";
import type { BusinessHours, SlaTargets, Workspace } from "@/db/schema/tenancy";
import type { ActionError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/config";
import { MAX_SLA_MINUTES } from "@/lib/team/schedule";
import { BusinessHoursField } from "./business-hours-field";
import { describedBy, FieldError } from "@/components/forms/field";
import { LocaleSelect } from "@/components/forms/locale-select";
import { TimeZoneInput } from "./time-zone-input";

type Props = { workspace: Pick<Workspace, "id" | "name" | "timezone" | "defaultLocale" | "businessHours" | "slaTargets">; timeZones: string[] };

/** The admin's workspace settings form; saving writes the whole form (last write wins). */
export function WorkspaceSettingsForm({ workspace, timeZones }: Props) {
  const t = useTranslations("settings");
  const tInbox = useTranslations("inbox");
  const router = useRouter();
  const [name, setName] = useState(workspace.name);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [defaultLocale, setDefaultLocale] = useState(workspace.defaultLocale as Locale);
  const [hours, setHours] = useState<BusinessHours>(workspace.businessHours);
  const [sla, setSla] = useState<Record<Priority, string>>(
    Object.fromEntries(PRIORITIES.map((p) => [p, String(workspace.slaTargets[p])])) as Record<Priority, string>,
  );
  const [error, setError] = useState<ActionError | null>(null);

  const save = useMutation({
    mutationFn: () =>
      updateWorkspaceSettingsAction({
        workspaceId: workspace.id,
        name,
        timezone,
        defaultLocale,
        businessHours: hours,
        slaTargets: Object.fromEntries(PRIORITIES.map((p) => [p, sla[p].trim() === "" ? Number.NaN : Number(sla[p])])) as SlaTargets,
      }),
    onSuccess: (result) => {
      if (!result.ok) return setError(result.error);
      setError(null);
      toast({ title: t("saved") });
      router.refresh();
    },
    onError: (e) => setError({ code: "bad_request", message: e.message }),
  });
  const fe = error?.fieldErrors ?? {};

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("workspace")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <form
          className="grid max-w-2xl gap-6"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
        >
          {error ? (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{error.message}</AlertDescription>
            </Alert>
          ) : null}
          <div className="grid gap-2">
            <Label htmlFor="ws-name">{t("name")}</Label>
            <Input id="ws-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} {...describedBy("ws-name", { error: fe.name })} />
            <FieldError id="ws-name-error" messages={fe.name} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="ws-timezone">{t("timezone")}</Label>
            <TimeZoneInput id="ws-timezone" value={timezone} onChange={setTimezone} options={timeZones} error={fe.timezone} hint />
            <p id="ws-timezone-hint" className="text-sm text-muted-foreground">
              {t("timezoneHint")}
            </p>
            <FieldError id="ws-timezone-error" messages={fe.timezone} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="ws-locale">{t("defaultLanguage")}</Label>
            <LocaleSelect
              id="ws-locale"
              value={defaultLocale}
              onChange={(e) => setDefaultLocale(e.target.value as Locale)}
              {...describedBy("ws-locale", { error: fe.defaultLocale })}
            />
            <FieldError id="ws-locale-error" messages={fe.defaultLocale} />
          </div>
          <BusinessHoursField value={hours} onChange={setHours} fieldErrors={fe} />
          <fieldset className="grid gap-3" aria-describedby="sla-hint">
            <legend className="mb-1 text-sm font-medium">{t("slaTargets")}</legend>
            <p id="sla-hint" className="text-sm text-muted-foreground">
              {t("slaHint", { max: MAX_SLA_MINUTES })}
            </p>
            {PRIORITIES.map((p) => (
              <div key={p} className="grid gap-1 sm:grid-cols-[8rem_1fr]">
                <Label htmlFor={`sla-${p}`}>{tInbox(`priorities.${p}`)}</Label>
                <div>
                  <Input
                    id={`sla-${p}`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={MAX_SLA_MINUTES}
                    step={1}
                    className="w-32"
                    value={sla[p]}
                    onChange={(e) => setSla({ ...sla, [p]: e.target.value })}
                    {...describedBy(`sla-${p}`, { error: fe[`slaTargets.${p}`] })}
                  />
                  <FieldError id={`sla-${p}-error`} messages={fe[`slaTargets.${p}`]} />
                </div>
              </div>
            ))}
          </fieldset>
          <Button type="submit" className="justify-self-start" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
