"use client";

import { useTranslations } from "next-intl";
import type { TargetCheck } from "@/lib/calendar/content";
import { cn } from "@/lib/utils";

/** The live count of one text per platform it goes to ("X 231/280"), red when over. */
export function LengthMeter({ checks, id }: { checks: TargetCheck[]; id?: string }) {
  const t = useTranslations("calendar.composer");
  const tPlatform = useTranslations("platforms");
  if (checks.length === 0) return null;
  // Several channels of one platform share one count.
  const seen = new Set<string>();
  const unique = checks.filter((c) => !seen.has(c.platform) && seen.add(c.platform));
  return (
    <ul id={id} className="flex flex-wrap gap-2 text-xs" aria-label={t("lengths")}>
      {unique.map((c) => (
        <li
          key={c.platform}
          className={cn("tabular-nums", c.over ? "font-semibold text-destructive" : "text-muted-foreground")}
          data-testid={`length-${c.platform}`}
        >
          {t("length", { platform: tPlatform(c.platform), length: c.length, limit: c.limit })}
          {c.over ? ` — ${t("over")}` : null}
        </li>
      ))}
    </ul>
  );
}
