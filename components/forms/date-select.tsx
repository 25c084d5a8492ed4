"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/lib/utils";
import { selectClass } from "./field";

type Props = {
  /** Submitted as this form field, "YYYY-MM-DD" or empty. */
  name: string;
  defaultValue?: string;
  /** Id of the visible label of the whole date. */
  labelledBy: string;
  /** How many years back the year list reaches. */
  years?: number;
  /** How many years ahead the year list reaches (future dates such as holidays). */
  yearsAhead?: number;
  /** Told the complete "YYYY-MM-DD" (or "" while incomplete) as it changes, for forms that hold their own state. */
  onValueChange?: (value: string) => void;
};

/**
 * A calendar day as day, month and year selects in the interface language's order and words. A native date input
 * follows the browser's locale instead ("mm/dd/yyyy" inside the German interface: issue 6).
 */
export function DateSelect({ name, defaultValue = "", labelledBy, years = 5, yearsAhead = 0, onValueChange }: Props) {
  const t = useTranslations("common.date");
  const format = useFormatter();
  const locale = useLocale();
  const [y0 = "", m0 = "", d0 = ""] = defaultValue.split("-");
  const [year, setYearState] = useState(y0);
  const [month, setMonthState] = useState(m0);
  const [day, setDayState] = useState(d0);
  const tell = (y: string, m: string, d: string) => onValueChange?.(y && m && d ? `${y}-${m}-${d}` : "");
  const setYear = (y: string) => (setYearState(y), tell(y, month, day));
  const setMonth = (m: string) => (setMonthState(m), tell(year, m, day));
  const setDay = (d: string) => (setDayState(d), tell(year, month, d));
  const value = year && month && day ? `${year}-${month}-${day}` : "";
  const thisYear = new Date().getFullYear();
  const pad = (n: number) => String(n).padStart(2, "0");
  const yearOptions = Array.from({ length: years + yearsAhead + 1 }, (_, i) => String(thisYear + yearsAhead - i));
  if (y0 && !yearOptions.includes(y0)) yearOptions.push(y0);

  const parts = {
    day: (
      <select
        key="day"
        aria-label={t("day")}
        value={day}
        onChange={(e) => setDay(e.target.value)}
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
        key="month"
        aria-label={t("month")}
        value={month}
        onChange={(e) => setMonth(e.target.value)}
        className={cn(selectClass, "min-w-0 flex-1 px-2")}
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
        key="year"
        aria-label={t("year")}
        value={year}
        onChange={(e) => setYear(e.target.value)}
        className={cn(selectClass, "w-22 px-2")}
      >
        <option value="">–</option>
        {yearOptions.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    ),
  };
  // German writes day, month, year; English (US) month, day, year.
  const order = locale === "en" ? (["month", "day", "year"] as const) : (["day", "month", "year"] as const);
  return (
    <div role="group" aria-labelledby={labelledBy} className="flex gap-1">
      {order.map((part) => parts[part])}
      <input type="hidden" name={name} value={value} />
    </div>
  );
}
