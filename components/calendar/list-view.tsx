"use client";

import { useFormatter, useTranslations } from "next-intl";
import { NewPostButton } from "./new-post-button";
import { PostChip } from "./post-chip";
import type { ViewProps } from "./view-props";

/** The month as a list of days that have posts (and today, which invites a new post when empty). */
export function ListView({ days, byDay, today, timeZone, canMove, canCreate, onOpen, onNew }: ViewProps) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const shown = days.filter((day) => (byDay.get(day) ?? []).length > 0 || day === today);
  const label = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { dateStyle: "full", timeZone: "UTC" });
  if (shown.length === 0)
    return <p className="rounded-lg border p-4 text-sm text-muted-foreground">{t("nothingThisMonth")}</p>;
  return (
    <ol className="grid gap-4" aria-label={t("listLabel")}>
      {shown.map((day) => {
        const posts = byDay.get(day) ?? [];
        return (
          <li key={day} aria-current={day === today ? "date" : undefined} className="grid gap-2">
            <h3 className="text-sm font-semibold">
              {label(day)}
              {day === today ? <span className="ml-2 text-xs font-normal text-primary">{t("today")}</span> : null}
            </h3>
            {posts.length === 0 ? (
              canCreate ? (
                <NewPostButton dayLabel={label(day)} onClick={() => onNew(day)} />
              ) : (
                <p className="text-xs text-muted-foreground">{t("nothingPlanned")}</p>
              )
            ) : (
              <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {posts.map((post) => (
                  <li key={post.id}>
                    <PostChip post={post} timeZone={timeZone} movable={canMove(post)} onOpen={onOpen} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
