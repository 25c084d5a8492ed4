"use client";

import { Plus, X } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { DateSelect } from "@/components/forms/date-select";
import { FieldError } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import type { FieldErrors } from "@/lib/errors";

type Props = {
  businessHoursOnly: boolean;
  onBusinessHoursOnlyChange: (value: boolean) => void;
  closedDays: string[];
  onClosedDaysChange: (value: string[]) => void;
  fieldErrors: FieldErrors;
};

/** Whether the SLA clock counts only business hours, and the closed days (holidays) it skips. */
export function SlaClockField(props: Props) {
  const t = useTranslations("routing.sla");
  const format = useFormatter();
  const [draft, setDraft] = useState("");
  // A new DateSelect after each addition, so its selects start empty again.
  const [draftKey, setDraftKey] = useState(0);
  const errors = Object.entries(props.fieldErrors)
    .filter(([field]) => field === "closedDays" || field.startsWith("closedDays."))
    .flatMap(([, messages]) => messages);

  const add = () => {
    if (!draft) return;
    props.onClosedDaysChange([...new Set([...props.closedDays, draft])].sort());
    setDraft("");
    setDraftKey((k) => k + 1);
  };

  return (
    <fieldset className="grid gap-3" aria-describedby="sla-clock-hint">
      <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
      <p id="sla-clock-hint" className="text-sm text-muted-foreground">
        {t("hint")}
      </p>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4 accent-primary"
          checked={props.businessHoursOnly}
          onChange={(e) => props.onBusinessHoursOnlyChange(e.target.checked)}
        />
        {t("businessHoursOnly")}
      </label>
      <div className="grid gap-2">
        <span id="closed-days-label" className="text-sm font-medium">
          {t("closedDays")}
        </span>
        {props.closedDays.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noClosedDays")}</p>
        ) : (
          <ul className="flex flex-wrap gap-2" aria-labelledby="closed-days-label">
            {props.closedDays.map((day) => {
              const label = format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
              return (
                <li key={day} className="flex items-center gap-1 rounded-md border px-2 py-1 text-sm">
                  {label}
                  <Button
                    type="button"
                    variant="ghost"
                    size="icon"
                    className="size-6"
                    aria-label={t("removeClosedDay", { day: label })}
                    onClick={() => props.onClosedDaysChange(props.closedDays.filter((d) => d !== day))}
                  >
                    <X aria-hidden className="size-3" />
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
        <span id="closed-day-new-label" className="sr-only">
          {t("newClosedDay")}
        </span>
        <div className="flex flex-wrap items-center gap-2">
          <DateSelect
            key={draftKey}
            name="closedDayDraft"
            labelledBy="closed-day-new-label"
            years={0}
            yearsAhead={2}
            onValueChange={setDraft}
          />
          <Button type="button" variant="outline" size="sm" onClick={add} disabled={!draft}>
            <Plus aria-hidden className="size-4" />
            {t("addClosedDay")}
          </Button>
        </div>
        <FieldError id="closed-days-error" messages={errors.length ? errors : undefined} />
      </div>
    </fieldset>
  );
}
