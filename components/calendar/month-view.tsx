"use client";

import { useFormatter, useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { DropZone } from "./drop-zone";
import { NewPostButton } from "./new-post-button";
import { PostChip } from "./post-chip";
import type { ViewProps } from "./view-props";

/** The month as whole weeks (Monday first); days of other months are dimmed, today is marked. */
export function MonthView({ days, byDay, today, monthKey, timeZone, canMove, canCreate, onOpen, onNew }: ViewProps) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const weekdays = days.slice(0, 7);
  const label = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  return (
    <div className="overflow-x-auto">
      <div
        role="grid"
        aria-label={t("monthGrid")}
        className="grid min-w-[44rem] grid-cols-7 gap-px rounded-lg border bg-border"
      >
        <div role="row" className="contents">
          {weekdays.map((day) => (
            <div
              role="columnheader"
              key={day}
              className="bg-muted px-2 py-1 text-xs font-semibold uppercase text-muted-foreground"
            >
              {format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "short", timeZone: "UTC" })}
            </div>
          ))}
        </div>
        {Array.from({ length: days.length / 7 }, (_, week) => (
          <div role="row" className="contents" key={week}>
            {days.slice(week * 7, week * 7 + 7).map((day) => {
              const posts = byDay.get(day) ?? [];
              const isToday = day === today;
              return (
                <div role="gridcell" key={day} aria-current={isToday ? "date" : undefined} className="min-w-0 bg-card">
                  <DropZone
                    target={{ day }}
                    className={cn(
                      "flex h-full min-h-28 flex-col gap-1 p-1",
                      day.slice(0, 7) !== monthKey && "bg-muted/40",
                    )}
                  >
                    <h3 className="flex items-center justify-between text-xs">
                      <span
                        className={cn(
                          "inline-flex size-6 items-center justify-center rounded-full tabular-nums",
                          isToday && "bg-primary font-semibold text-primary-foreground",
                        )}
                        aria-label={isToday ? t("todayLabel", { day: label(day) }) : label(day)}
                      >
                        {Number(day.slice(8))}
                      </span>
                    </h3>
                    {/* Every post of the day, scrolling inside the cell: nothing planned is hidden behind "+3 more". */}
                    <div className="grid max-h-48 gap-1 overflow-y-auto">
                      {posts.map((post) => (
                        <PostChip
                          key={post.id}
                          post={post}
                          timeZone={timeZone}
                          movable={canMove(post)}
                          onOpen={onOpen}
                          compact
                        />
                      ))}
                    </div>
                    {posts.length === 0 && canCreate ? (
                      <NewPostButton dayLabel={label(day)} onClick={() => onNew(day)} />
                    ) : null}
                  </DropZone>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
