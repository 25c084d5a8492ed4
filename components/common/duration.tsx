"use client";

import { useTranslations } from "next-intl";
import { durationParts } from "@/lib/format";

/** "2 h 3 min" / "2 Std. 3 Min." — the two largest units of a duration. */
export function Duration({ seconds }: { seconds: number | null }) {
  const t = useTranslations("units");
  if (seconds === null) return <span>—</span>;
  const { days, hours, minutes } = durationParts(seconds);
  const parts = [
    days ? t("days", { count: days }) : null,
    hours ? t("hours", { count: hours }) : null,
    days === 0 && (minutes || !hours) ? t("minutes", { count: minutes }) : null,
  ].filter(Boolean);
  return <span className="tabular-nums">{parts.join(" ")}</span>;
}
