"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { CalendarPostDetail } from "@/lib/calendar/queries";

/** Who did what when, with the comment (a rejection's reason is how the author learns what to fix). */
export function PostHistory({ history, timeZone }: { history: CalendarPostDetail["history"]; timeZone: string }) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="post-history" className="grid gap-2">
      <h3 id="post-history" className="text-sm font-semibold">
        {t("history")}
      </h3>
      <ol className="grid gap-1.5 text-sm">
        {[...history].reverse().map((step, i) => (
          <li key={i} className="grid gap-0.5 rounded-md border-l-2 pl-2">
            <span>
              {t(`steps.${step.action}`, { name: step.userName ?? t("someone") })}{" "}
              <time dateTime={step.at} className="text-xs text-muted-foreground">
                {format.dateTime(new Date(step.at), { dateStyle: "medium", timeStyle: "short", timeZone })}
              </time>
            </span>
            {step.comment ? <q className="text-muted-foreground">{step.comment}</q> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
