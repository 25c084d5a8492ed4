"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TimeSelect } from "@/components/forms/time-select";
import type { BusinessHours } from "@/db/schema/tenancy";
import type { FieldErrors } from "@/lib/errors";
import { MAX_RANGES_PER_DAY, WEEKDAYS, type Weekday } from "@/lib/workspaces/schedule";
import { FieldError } from "@/components/forms/field";

type Props = {
  value: BusinessHours;
  onChange: (value: BusinessHours) => void;
  fieldErrors: FieldErrors;
  disabled?: boolean;
};

/** Per weekday: closed (no ranges) or one or more opening ranges, each a pair of time inputs. */
export function BusinessHoursField({ value, onChange, fieldErrors, disabled }: Props) {
  const t = useTranslations("settings");
  const setDay = (day: Weekday, ranges: [string, string][]) => onChange({ ...value, [day]: ranges });
  return (
    <fieldset className="grid gap-3" aria-describedby="business-hours-hint">
      <legend className="mb-1 text-sm font-medium">{t("businessHours")}</legend>
      <p id="business-hours-hint" className="text-sm text-muted-foreground">
        {t("businessHoursHint")}
      </p>
      {WEEKDAYS.map((day) => {
        const ranges = value[day] ?? [];
        const dayName = t(`weekdays.${day}`);
        // Errors come per day (order, overlap) or per value (format), e.g. "businessHours.1" or "businessHours.1.0.1".
        const errors = Object.entries(fieldErrors)
          .filter(([field]) => field === `businessHours.${day}` || field.startsWith(`businessHours.${day}.`))
          .flatMap(([, messages]) => messages);
        const errorId = `hours-${day}-error`;
        return (
          <div key={day} className="grid gap-1 sm:grid-cols-[8rem_1fr]" role="group" aria-label={dayName}>
            <span className="pt-2 text-sm">{dayName}</span>
            <div className="grid gap-2">
              {ranges.length === 0 ? <span className="pt-2 text-sm text-muted-foreground">{t("closed")}</span> : null}
              {ranges.map(([start, end], i) => (
                <div key={i} className="flex flex-wrap items-center gap-2">
                  <TimeSelect
                    aria-label={t("opens", { day: dayName })}
                    value={start}
                    disabled={disabled}
                    aria-invalid={errors.length > 0}
                    aria-describedby={errors.length ? errorId : undefined}
                    onChange={(v) =>
                      setDay(
                        day,
                        ranges.map((r, j) => (j === i ? [v, r[1]] : r)),
                      )
                    }
                  />
                  <span aria-hidden>–</span>
                  <TimeSelect
                    aria-label={t("closes", { day: dayName })}
                    value={end}
                    disabled={disabled}
                    aria-invalid={errors.length > 0}
                    aria-describedby={errors.length ? errorId : undefined}
                    onChange={(v) =>
                      setDay(
                        day,
                        ranges.map((r, j) => (j === i ? [r[0], v] : r)),
                      )
                    }
                  />
                  {disabled ? null : (
                    <Button
                      type="button"
                      variant="ghost"
                      size="icon"
                      aria-label={t("removeRange", { day: dayName, start, end })}
                      onClick={() =>
                        setDay(
                          day,
                          ranges.filter((_, j) => j !== i),
                        )
                      }
                    >
                      <X aria-hidden />
                    </Button>
                  )}
                </div>
              ))}
              {disabled || ranges.length >= MAX_RANGES_PER_DAY ? null : (
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  className="justify-self-start"
                  aria-label={t("addRangeFor", { day: dayName })}
                  onClick={() => setDay(day, [...ranges, ranges.length ? ["13:00", "17:00"] : ["09:00", "17:00"]])}
                >
                  <Plus aria-hidden />
                  {t("addRange")}
                </Button>
              )}
              <FieldError id={errorId} messages={errors.length ? errors : undefined} />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
