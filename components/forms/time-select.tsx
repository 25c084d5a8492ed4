"use client";

import { useFormatter } from "next-intl";
import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";
import { selectClass } from "./field";

const STEP_MINUTES = 15;
/** "HH:MM" every quarter hour, and 23:59 so a day can run to midnight. */
const STEPS = [
  ...Array.from({ length: (24 * 60) / STEP_MINUTES }, (_, i) => {
    const minutes = i * STEP_MINUTES;
    return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
  }),
  "23:59",
];

type Props = Omit<ComponentProps<"select">, "value" | "onChange" | "children"> & {
  /** "HH:MM", 24-hour. */
  value: string;
  onChange: (value: string) => void;
};

/**
 * A time of day written the way the interface language writes it ("09:00" in German, "9:00 AM" in English).
 * A native time input follows the browser's locale instead, so a German page showed "09:00 AM" (issue 6).
 * A plain select: keyboard and screen-reader behaviour come from the platform (type "14" to jump to 14:00).
 */
export function TimeSelect({ value, onChange, className, ...props }: Props) {
  const format = useFormatter();
  const options = STEPS.includes(value) || !value ? STEPS : [...STEPS, value].sort();
  const label = (time: string) => {
    const [h, m] = time.split(":").map(Number);
    return format.dateTime(new Date(Date.UTC(2000, 0, 1, h, m)), { timeStyle: "short", timeZone: "UTC" });
  };
  return (
    <select
      className={cn(selectClass, "w-32", className)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...props}
    >
      {options.map((time) => (
        <option key={time} value={time}>
          {label(time)}
        </option>
      ))}
    </select>
  );
}
