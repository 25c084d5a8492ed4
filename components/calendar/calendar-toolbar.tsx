"use client";

import { ChevronLeft, ChevronRight, Plus } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CALENDAR_VIEWS, type CalendarView } from "@/lib/calendar/range";
import { cn } from "@/lib/utils";

type Props = {
  view: CalendarView;
  days: string[];
  monthKey: string;
  onView: (view: CalendarView) => void;
  onShift: (direction: 1 | -1) => void;
  onToday: () => void;
  onNew?: () => void;
};

/** View switch (month, week, list), previous / next / today, the range shown, and "New post". */
export function CalendarToolbar({ view, days, monthKey, onView, onShift, onToday, onNew }: Props) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const date = (day: string) => new Date(`${day}T12:00:00Z`);
  const heading =
    view === "week"
      ? `${format.dateTime(date(days[0]!), { dateStyle: "medium", timeZone: "UTC" })} – ${format.dateTime(date(days.at(-1)!), { dateStyle: "medium", timeZone: "UTC" })}`
      : format.dateTime(date(`${monthKey}-15`), { month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <div className="mb-3 flex flex-wrap items-center gap-2">
      <div role="group" aria-label={t("viewLabel")} className="inline-flex rounded-md border p-0.5">
        {CALENDAR_VIEWS.map((v) => (
          <Button
            key={v}
            size="sm"
            variant="ghost"
            aria-pressed={v === view}
            className={cn("h-7", v === view && "bg-accent font-semibold")}
            onClick={() => onView(v)}
          >
            {t(`views.${v}`)}
          </Button>
        ))}
      </div>
      <Button variant="outline" size="icon" onClick={() => onShift(-1)} aria-label={t(`previous.${view}`)}>
        <ChevronLeft aria-hidden />
      </Button>
      <Button variant="outline" size="icon" onClick={() => onShift(1)} aria-label={t(`next.${view}`)}>
        <ChevronRight aria-hidden />
      </Button>
      <Button variant="ghost" size="sm" onClick={onToday}>
        {t("today")}
      </Button>
      <h2 id="range-label" className="ml-1 text-sm font-medium" aria-live="polite">
        {heading}
      </h2>
      {onNew ? (
        <Button size="sm" className="ml-auto" onClick={onNew}>
          <Plus aria-hidden />
          {t("newPost")}
        </Button>
      ) : null}
    </div>
  );
}
