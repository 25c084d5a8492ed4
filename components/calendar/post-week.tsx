"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { QueryError } from "@/components/common/query-error";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { calendarQueries, type CalendarPost } from "@/lib/calendar/queries";
import { addLocalDays, localDayKey, startOfWeek } from "@/lib/time";
import { PostItem } from "./post-item";
import { approvePostAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";

type Props = { workspaceId: string; timeZone: string; initialFrom: string; canApprove: boolean };

/** One week of the content calendar, Monday to Sunday in the workspace's time zone. */
export function PostWeek({ workspaceId, timeZone, initialFrom, canApprove }: Props) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const [from, setFrom] = useState(() => new Date(initialFrom));
  const to = addLocalDays(from, 7, timeZone);
  const approve = useActionMutation(
    (input: { postId: string; version: number }) => approvePostAction({ workspaceId, ...input }),
    {
      invalidate: [calendarQueries.all(workspaceId)],
      successMessage: () => t("approved"),
    },
  );
  // No placeholder from the week before: its posts fall on other days, so every day read "Nothing planned."
  const query = useQuery(calendarQueries.range(workspaceId, from, to));
  const days = Array.from({ length: 7 }, (_, i) => addLocalDays(from, i, timeZone));
  const byDay = new Map<string, CalendarPost[]>();
  for (const post of query.data ?? []) {
    const key = localDayKey(new Date(post.scheduledAt ?? post.createdAt), timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), post]);
  }
  const lastDay = days[6]!;

  return (
    <section aria-labelledby="week-label" aria-busy={query.isFetching}>
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <Button
          variant="outline"
          size="icon"
          onClick={() => setFrom(addLocalDays(from, -7, timeZone))}
          aria-label={t("previousWeek")}
        >
          <ChevronLeft aria-hidden />
        </Button>
        <Button
          variant="outline"
          size="icon"
          onClick={() => setFrom(addLocalDays(from, 7, timeZone))}
          aria-label={t("nextWeek")}
        >
          <ChevronRight aria-hidden />
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setFrom(startOfWeek(new Date(), timeZone))}>
          {t("thisWeek")}
        </Button>
        <h2 id="week-label" className="ml-2 text-sm font-medium" aria-live="polite">
          {/* Two plain dates, not a range format: Node's and the browser's ICU space ranges differently. */}
          {format.dateTime(from, { dateStyle: "medium", timeZone })} –{" "}
          {format.dateTime(lastDay, { dateStyle: "medium", timeZone })}
        </h2>
      </div>
      {query.isError ? <QueryError error={query.error} onRetry={query.refetch} retrying={query.isFetching} /> : null}
      {/* Days are drawn only from an answer: loading shows placeholders, a failure only the message and Retry. */}
      {query.isPending && query.isFetching ? <p className="sr-only">{t("loadingWeek")}</p> : null}
      {query.data === undefined && query.isError ? null : (
        <ol className="grid gap-3 lg:grid-cols-7">
          {days.map((day) => {
            const key = localDayKey(day, timeZone);
            const posts = byDay.get(key) ?? [];
            return (
              <li key={key} className="min-w-0 rounded-lg border bg-card p-2">
                <h3 className="mb-2 text-xs font-semibold uppercase text-muted-foreground">
                  {format.dateTime(day, { weekday: "short", day: "numeric", month: "short", timeZone })}
                </h3>
                {query.data === undefined ? (
                  <div className="grid gap-2" aria-hidden data-testid="day-skeleton">
                    <Skeleton className="h-16" />
                    <Skeleton className="h-10" />
                  </div>
                ) : posts.length === 0 ? (
                  <p className="text-xs text-muted-foreground">{t("nothingPlanned")}</p>
                ) : null}
                <ul className="grid gap-2">
                  {posts.map((post) => (
                    <PostItem
                      key={post.id}
                      post={post}
                      timeZone={timeZone}
                      canApprove={canApprove}
                      approving={approve.isPending && approve.variables?.postId === post.id}
                      onApprove={() => approve.mutate({ postId: post.id, version: post.version })}
                    />
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
