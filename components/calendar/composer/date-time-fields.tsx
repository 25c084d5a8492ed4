"use client";

import { useTranslations } from "next-intl";
import { DateParts } from "@/components/forms/date-select";
import { FieldError } from "@/components/forms/field";
import { TimeSelect } from "@/components/forms/time-select";

type Props = {
  date: string;
  time: string;
  timeZone: string;
  onChange: (patch: { date?: string; time?: string }) => void;
  dateErrors?: string[];
  timeErrors?: string[];
};

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * When the post goes out, as wall-clock date and time in the workspace's zone (the server turns them into an
 * instant, DST included). Selects in the interface language's order; the next three years.
 */
export function DateTimeFields({ date, time, timeZone, onChange, dateErrors, timeErrors }: Props) {
  const t = useTranslations("calendar.composer");
  const [year = "", month = "", day = ""] = date ? date.split("-") : [];
  // A date without a time gets 09:00, so the time select never shows a time that is not set.
  const set = (y: string, m: string, d: string) =>
    onChange({ date: y && m && d ? `${y}-${m}-${d}` : "", ...(time ? {} : { time: "09:00" }) });
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear + 1, thisYear + 2].map(String);
  if (year && !years.includes(year)) years.unshift(year);
  // Choosing one part completes the others (this year, this month, the 1st), so one choice makes a date.
  const change = (part: "year" | "month" | "day", value: string) => {
    if (part === "year") set(value, month || "01", day || "01");
    else if (part === "month") set(year || String(thisYear), value, day || "01");
    else set(year || String(thisYear), month || pad(new Date().getMonth() + 1), value);
  };
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">{t("when", { timeZone })}</legend>
      <div className="flex flex-wrap items-center gap-1">
        <DateParts
          value={{ year, month, day }}
          years={years}
          onChange={change}
          invalid={Boolean(dateErrors?.length)}
          errorId="post-date-error"
        />
        {date ? (
          <TimeSelect
            aria-label={t("time")}
            value={time}
            onChange={(value) => onChange({ time: value })}
            aria-invalid={timeErrors?.length ? true : undefined}
            aria-describedby={timeErrors?.length ? "post-time-error" : undefined}
          />
        ) : null}
        {date || time ? (
          <button type="button" className="text-xs underline" onClick={() => onChange({ date: "", time: "" })}>
            {t("clearTime")}
          </button>
        ) : null}
      </div>
      <FieldError id="post-date-error" messages={dateErrors} />
      <FieldError id="post-time-error" messages={timeErrors} />
    </fieldset>
  );
}
