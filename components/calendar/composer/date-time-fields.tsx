"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { FieldError, selectClass } from "@/components/forms/field";
import { TimeSelect } from "@/components/forms/time-select";
import { cn } from "@/lib/utils";

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
  const tDate = useTranslations("common.date");
  const format = useFormatter();
  const locale = useLocale();
  const [year = "", month = "", day = ""] = date ? date.split("-") : [];
  // A date without a time gets 09:00, so the time select never shows a time that is not set.
  const set = (y: string, m: string, d: string) =>
    onChange({ date: y && m && d ? `${y}-${m}-${d}` : "", ...(time ? {} : { time: "09:00" }) });
  const thisYear = new Date().getFullYear();
  const years = [thisYear, thisYear + 1, thisYear + 2].map(String);
  if (year && !years.includes(year)) years.unshift(year);
  const invalid = dateErrors?.length ? true : undefined;
  const parts = {
    day: (
      <select
        key="d"
        aria-label={tDate("day")}
        aria-invalid={invalid}
        aria-describedby={invalid && "post-date-error"}
        value={day}
        onChange={(e) => set(year || String(thisYear), month || pad(new Date().getMonth() + 1), e.target.value)}
        className={cn(selectClass, "w-18 px-2")}
      >
        <option value="">–</option>
        {Array.from({ length: 31 }, (_, i) => (
          <option key={i} value={pad(i + 1)}>
            {i + 1}
          </option>
        ))}
      </select>
    ),
    month: (
      <select
        key="m"
        aria-label={tDate("month")}
        aria-invalid={invalid}
        value={month}
        onChange={(e) => set(year || String(thisYear), e.target.value, day || "01")}
        className={cn(selectClass, "w-36 px-2")}
      >
        <option value="">–</option>
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i} value={pad(i + 1)}>
            {format.dateTime(new Date(Date.UTC(2000, i, 1)), { month: "long", timeZone: "UTC" })}
          </option>
        ))}
      </select>
    ),
    year: (
      <select
        key="y"
        aria-label={tDate("year")}
        aria-invalid={invalid}
        value={year}
        onChange={(e) => set(e.target.value, month || "01", day || "01")}
        className={cn(selectClass, "w-24 px-2")}
      >
        <option value="">–</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    ),
  };
  const order = locale === "en" ? (["month", "day", "year"] as const) : (["day", "month", "year"] as const);
  return (
    <fieldset className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">{t("when", { timeZone })}</legend>
      <div className="flex flex-wrap items-center gap-1">
        {order.map((part) => parts[part])}
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
