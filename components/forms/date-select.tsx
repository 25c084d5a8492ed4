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
  const yearOptions = Array.from({ length: years + yearsAhead + 1 }, (_, i) => String(thisYear + yearsAhead - i));
  if (y0 && !yearOptions.includes(y0)) yearOptions.push(y0);
  return (
    <div role="group" aria-labelledby={labelledBy} className="flex gap-1">
      <DateParts
        value={{ year, month, day }}
        years={yearOptions}
        onChange={(part, v) => ({ year: setYear, month: setMonth, day: setDay })[part](v)}
        monthClassName="min-w-0 flex-1"
      />
      <input type="hidden" name={name} value={value} />
    </div>
  );
}

const pad = (n: number) => String(n).padStart(2, "0");

type DatePartsProps = {
  value: { year: string; month: string; day: string };
  /** The years to offer, in the order shown. */
  years: string[];
  onChange: (part: "year" | "month" | "day", value: string) => void;
  invalid?: boolean;
  /** Id of the error message the selects point to while invalid. */
  errorId?: string;
  monthClassName?: string;
};

/**
 * The day, month and year selects of a date, in the interface language's order and words (German writes day,
 * month, year; English month, day, year). Controlled: the caller decides what a change of one part means.
 */
export function DateParts({ value, years, onChange, invalid, errorId, monthClassName = "w-36" }: DatePartsProps) {
  const t = useTranslations("common.date");
  const format = useFormatter();
  const locale = useLocale();
  const common = (part: "year" | "month" | "day") => ({
    "aria-label": t(part),
    "aria-invalid": invalid || undefined,
    "aria-describedby": invalid ? errorId : undefined,
    value: value[part],
    onChange: (e: React.ChangeEvent<HTMLSelectElement>) => onChange(part, e.target.value),
  });
  const parts = {
    day: (
      <select key="day" {...common("day")} className={cn(selectClass, "w-18 px-2")}>
        <option value="">–</option>
        {Array.from({ length: 31 }, (_, i) => (
          <option key={i} value={pad(i + 1)}>
            {i + 1}
          </option>
        ))}
      </select>
    ),
    month: (
      <select key="month" {...common("month")} className={cn(selectClass, monthClassName, "px-2")}>
        <option value="">–</option>
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i} value={pad(i + 1)}>
            {format.dateTime(new Date(Date.UTC(2000, i, 1)), { month: "long", timeZone: "UTC" })}
          </option>
        ))}
      </select>
    ),
    year: (
      <select key="year" {...common("year")} className={cn(selectClass, "w-22 px-2")}>
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
  return <>{order.map((part) => parts[part])}</>;
}
