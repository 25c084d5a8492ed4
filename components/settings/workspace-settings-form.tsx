"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateWorkspaceSettingsAction } from "@/app/(dashboard)/w/[workspace]/settings/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Field } from "@/components/forms/field";
import { LocaleSelect } from "@/components/forms/locale-select";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { PRIORITIES, type Priority } from "@/db/schema/enum-values";
import type { BusinessHours, Workspace } from "@/db/schema/tenancy";
import type { Locale } from "@/lib/i18n/config";
import { MAX_SLA_MINUTES } from "@/lib/workspaces/schedule";
import { BusinessHoursField } from "./business-hours-field";
import { SlaClockField } from "./sla-clock-field";
import { TimeZoneInput } from "./time-zone-input";

type Props = {
  workspace: Pick<
    Workspace,
    "id" | "name" | "timezone" | "defaultLocale" | "businessHours" | "slaTargets" | "slaBusinessHours" | "closedDays"
  >;
  timeZones: string[];
};

/** The admin's workspace settings form; saving writes the whole form (last write wins). */
export function WorkspaceSettingsForm({ workspace, timeZones }: Props) {
  const t = useTranslations("settings");
  const tInbox = useTranslations("inbox");
  const [name, setName] = useState(workspace.name);
  const [timezone, setTimezone] = useState(workspace.timezone);
  const [defaultLocale, setDefaultLocale] = useState(workspace.defaultLocale as Locale);
  const [hours, setHours] = useState<BusinessHours>(workspace.businessHours);
  const [slaBusinessHours, setSlaBusinessHours] = useState(workspace.slaBusinessHours);
  const [closedDays, setClosedDays] = useState(workspace.closedDays);
  const [sla, setSla] = useState<Record<Priority, string>>(
    Object.fromEntries(PRIORITIES.map((p) => [p, String(workspace.slaTargets[p])])) as Record<Priority, string>,
  );

  // The workspace's name and language are shown by the server-rendered shell: refresh it after saving.
  // SLA targets go as typed: the server reads them as whole minutes and says what is wrong in words.
  const save = useActionMutation(
    () =>
      updateWorkspaceSettingsAction({
        workspaceId: workspace.id,
        name,
        timezone,
        defaultLocale,
        businessHours: hours,
        slaTargets: sla,
        slaBusinessHours,
        closedDays,
      }),
    { refresh: true, errorToast: false, successMessage: () => t("saved") },
  );
  const fe = save.fieldErrors;

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
            save.mutate(undefined);
          }}
        >
          {save.actionError ? (
            <Alert variant="destructive" role="alert">
              <AlertDescription>{save.actionError.message}</AlertDescription>
            </Alert>
          ) : null}
          {/* No maxLength: the browser would silently cut a pasted name; the server refuses it with a message. */}
          <Field id="ws-name" label={t("name")} errors={fe.name}>
            <Input value={name} onChange={(e) => setName(e.target.value)} required />
          </Field>
          <Field id="ws-timezone" label={t("timezone")} hint={t("timezoneHint")} errors={fe.timezone}>
            {(control) => (
              <TimeZoneInput {...control} value={timezone} onChange={setTimezone} options={timeZones} required />
            )}
          </Field>
          <Field id="ws-locale" label={t("defaultLanguage")} errors={fe.defaultLocale}>
            <LocaleSelect value={defaultLocale} onChange={(e) => setDefaultLocale(e.target.value as Locale)} />
          </Field>
          <BusinessHoursField value={hours} onChange={setHours} fieldErrors={fe} />
          <SlaClockField
            businessHoursOnly={slaBusinessHours}
            onBusinessHoursOnlyChange={setSlaBusinessHours}
            closedDays={closedDays}
            onClosedDaysChange={setClosedDays}
            fieldErrors={fe}
          />
          <fieldset className="grid gap-3" aria-describedby="sla-hint">
            <legend className="mb-1 text-sm font-medium">{t("slaTargets")}</legend>
            <p id="sla-hint" className="text-sm text-muted-foreground">
              {t("slaHint", { max: MAX_SLA_MINUTES })}
            </p>
            <div className="grid gap-3 sm:grid-cols-2">
              {PRIORITIES.map((p) => (
                <Field key={p} id={`sla-${p}`} label={tInbox(`priorities.${p}`)} errors={fe[`slaTargets.${p}`]}>
                  <Input
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={MAX_SLA_MINUTES}
                    step={1}
                    className="w-32"
                    value={sla[p]}
                    onChange={(e) => setSla({ ...sla, [p]: e.target.value })}
                  />
                </Field>
              ))}
            </div>
          </fieldset>
          <Button type="submit" className="justify-self-start" disabled={save.isPending}>
            {save.isPending ? t("saving") : t("save")}
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
