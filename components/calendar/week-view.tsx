"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { gridPlacement } from "@/lib/calendar/range";
import type { CalendarPost } from "@/lib/calendar/queries";
import { cn } from "@/lib/utils";
import { DropZone } from "./drop-zone";
import { NewPostButton } from "./new-post-button";
import { PostChip } from "./post-chip";
import type { ViewProps } from "./view-props";

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The week as a time grid: a column per local day, a row per wall-clock hour, each post in the hour it goes out in
 * the workspace's zone (lib/calendar/range.ts gridPlacement; DST days keep 09:00 at 09:00). Undated drafts sit in
 * the "No time yet" row. Opens scrolled to the working day.
 */
export function WeekView({ days, byDay, today, timeZone, canMove, canCreate, onOpen, onNew }: ViewProps) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const eight = scroller.current?.querySelector<HTMLElement>('[data-hour="8"]');
    if (scroller.current && eight) scroller.current.scrollTop = eight.offsetTop - 40;
  }, []);
  const slots = new Map<string, CalendarPost[]>();
  const undated = new Map<string, CalendarPost[]>();
  for (const day of days)
    for (const post of byDay.get(day) ?? []) {
      if (!post.scheduledAt) {
        undated.set(day, [...(undated.get(day) ?? []), post]);
        continue;
      }
      const { minutes } = gridPlacement(new Date(post.scheduledAt), timeZone);
      const key = `${day}:${Math.floor(minutes / 60)}`;
      slots.set(key, [...(slots.get(key) ?? []), post]);
    }
  const label = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  const hourLabel = (h: number) => `${pad(h)}:00`;

  return (
    <div ref={scroller} className="max-h-[70vh] overflow-auto rounded-lg border" data-testid="week-grid">
      <table className="w-full min-w-[56rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">{t("weekGrid")}</caption>
        <thead className="sticky top-0 z-10 bg-muted">
          <tr>
            <th scope="col" className="w-16">
              <span className="sr-only">{t("time")}</span>
            </th>
            {days.map((day) => (
              <th
                scope="col"
                key={day}
                aria-current={day === today ? "date" : undefined}
                className={cn("px-1 py-1 text-left text-xs font-semibold", day === today && "text-primary")}
              >
                <span aria-label={day === today ? t("todayLabel", { day: label(day) }) : label(day)}>
                  {format.dateTime(new Date(`${day}T12:00:00Z`), { weekday: "short", day: "numeric", timeZone: "UTC" })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row" className="px-1 text-left align-top text-xs font-normal text-muted-foreground">
              {t("noTime")}
            </th>
            {days.map((day) => (
              <td key={day} className="border-t p-0.5 align-top">
                <div className="grid gap-1">
                  {(undated.get(day) ?? []).map((post) => (
                    <PostChip
                      key={post.id}
                      post={post}
                      timeZone={timeZone}
                      movable={canMove(post)}
                      onOpen={onOpen}
                      compact
                    />
                  ))}
                  {(byDay.get(day) ?? []).length === 0 && canCreate ? (
                    <NewPostButton dayLabel={label(day)} onClick={() => onNew(day)} />
                  ) : null}
                </div>
              </td>
            ))}
          </tr>
          {HOURS.map((h) => (
            <tr key={h} data-hour={h}>
              <th
                scope="row"
                className="px-1 text-left align-top text-xs font-normal tabular-nums text-muted-foreground"
              >
                {hourLabel(h)}
              </th>
              {days.map((day) => (
                <td key={day} className={cn("h-12 border-t border-l p-0 align-top", day === today && "bg-primary/5")}>
                  <DropZone target={{ day, hour: h }} className="grid h-full min-h-12 gap-1 p-0.5">
                    {(slots.get(`${day}:${h}`) ?? []).map((post) => (
                      <PostChip
                        key={post.id}
                        post={post}
                        timeZone={timeZone}
                        movable={canMove(post)}
                        onOpen={onOpen}
                        compact
                      />
                    ))}
                  </DropZone>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
