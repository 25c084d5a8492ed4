"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useMemo, useRef, useState } from "react";
import { QueryError } from "@/components/common/query-error";
import { focusAgain } from "@/components/ui/focus-again";
import { Skeleton } from "@/components/ui/skeleton";
import type { CalendarContext } from "@/db/queries/posts-context";
import type { Role } from "@/db/schema/enum-values";
import { calendarQueries, filterParams, type CalendarPost } from "@/lib/calendar/queries";
import { shiftAnchor, visibleRange, type CalendarView } from "@/lib/calendar/range";
import type { PostFilters } from "@/lib/calendar/schemas";
import { canReschedule } from "@/lib/calendar/workflow";
import type { Jsonify } from "@/lib/jsonify";
import { localDate } from "@/lib/time";
import { CalendarFilters } from "./calendar-filters";
import { CalendarToolbar } from "./calendar-toolbar";
import { DragKitProvider, useDragKit } from "./drag-kit";
import { ListView } from "./list-view";
import { MonthView } from "./month-view";
import { useReschedule } from "./use-reschedule";
import type { ViewProps } from "./view-props";
import { WeekView } from "./week-view";

// The composer and the detail carry twitter-text and the forms: loaded when first opened, not with the grid.
const PostComposer = dynamic(() => import("./composer/post-composer").then((m) => m.PostComposer));
const PostDetailDialog = dynamic(() => import("./post-detail").then((m) => m.PostDetailDialog));

export type CalendarContextData = Jsonify<CalendarContext>;
export type Viewer = { userId: string; role: Role };
export type ComposerTarget = { postId?: string; day?: string; time?: string } | null;

type Props = {
  workspaceId: string;
  timeZone: string;
  initial: { view: CalendarView; anchor: string; filters: PostFilters };
  context: CalendarContextData;
  viewer: Viewer;
  permissions: { create: boolean; approve: boolean };
};

/** The content calendar: month, week (time grid) and list in the workspace's zone, filters in the URL. */
export function CalendarApp({ workspaceId, timeZone, initial, context, viewer, permissions }: Props) {
  const t = useTranslations("calendar");
  const [state, setState] = useState(initial);
  const [composer, setComposer] = useState<ComposerTarget>(null);
  const [openPostId, setOpenPostId] = useState<string | null>(null);
  // Dialog content gives focus back to its opener by itself (components/ui/dialog.tsx); remembered here as well for
  // the hand-over from a post's detail to its composer, where the detail (and its Edit button) is gone by then.
  const opener = useRef<HTMLElement | null>(null);
  const remember = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  const restoreFocus = () => {
    const element = opener.current;
    requestAnimationFrame(() => focusAgain(element));
  };
  const openPost = (postId: string) => {
    remember();
    setOpenPostId(postId);
  };
  const openComposer = (target: NonNullable<ComposerTarget>) => {
    if (!openPostId) remember();
    setComposer(target);
  };
  const { view, anchor, filters } = state;
  const range = useMemo(() => visibleRange(view, anchor, timeZone), [view, anchor, timeZone]);
  const query = useQuery(calendarQueries.range(workspaceId, range.from, range.to, filters));
  const reschedule = useReschedule(workspaceId, timeZone);
  const dragKit = useDragKit();

  const update = (next: Partial<typeof state>) => {
    const merged = { ...state, ...next };
    setState(merged);
    const params = new URLSearchParams({ view: merged.view, date: merged.anchor, ...filterParams(merged.filters) });
    window.history.replaceState(null, "", `?${params}`);
  };

  const voiceIds = new Set(context.voices.map((v) => v.id));
  const canMove = (post: CalendarPost) =>
    canReschedule(viewer, { status: post.status, authorUserId: post.authorUserId }, voiceIds.has(post.identity.id));
  const canCreate = permissions.create && context.voices.length > 0;
  const byDay = new Map<string, CalendarPost[]>();
  for (const post of query.data ?? []) {
    const key = localDate(new Date(post.scheduledAt ?? post.createdAt), timeZone);
    byDay.set(key, [...(byDay.get(key) ?? []), post]);
  }
  const props: ViewProps = {
    days: range.days,
    byDay,
    today: localDate(new Date(), timeZone),
    monthKey: range.monthKey,
    timeZone,
    canMove,
    canCreate,
    onOpen: openPost,
    onNew: (day, time) => openComposer({ day, time }),
  };

  const grid =
    view === "month" ? <MonthView {...props} /> : view === "week" ? <WeekView {...props} /> : <ListView {...props} />;

  return (
    <section aria-labelledby="range-label" aria-busy={query.isFetching} {...dragKit.intent}>
      <CalendarToolbar
        view={view}
        days={range.days}
        monthKey={range.monthKey}
        onView={(v) => update({ view: v })}
        onShift={(direction) => update({ anchor: shiftAnchor(view, anchor, direction) })}
        onToday={() => update({ anchor: localDate(new Date(), timeZone) })}
        onNew={canCreate ? () => openComposer({}) : undefined}
      />
      <CalendarFilters filters={filters} context={context} onChange={(f) => update({ filters: f })} />
      {query.isError ? <QueryError error={query.error} onRetry={query.refetch} retrying={query.isFetching} /> : null}
      {query.data === undefined ? (
        query.isError ? null : (
          <div className="grid gap-2" aria-hidden data-testid="calendar-skeleton">
            <p className="sr-only">{t("loading")}</p>
            <Skeleton className="h-64" />
          </div>
        )
      ) : (
        <DragKitProvider value={dragKit.kit}>
          {dragKit.kit ? (
            <dragKit.kit.DragAndDrop onDragEnd={reschedule.onDragEnd} instructions={t("dragInstructions")}>
              {grid}
            </dragKit.kit.DragAndDrop>
          ) : (
            grid
          )}
        </DragKitProvider>
      )}
      {composer ? (
        <PostComposer
          workspaceId={workspaceId}
          timeZone={timeZone}
          context={context}
          target={composer}
          onClose={() => {
            setComposer(null);
            restoreFocus();
          }}
        />
      ) : null}
      {openPostId ? (
        <PostDetailDialog
          workspaceId={workspaceId}
          timeZone={timeZone}
          postId={openPostId}
          viewer={viewer}
          voiceIds={voiceIds}
          onClose={() => {
            setOpenPostId(null);
            restoreFocus();
          }}
          onEdit={(postId) => {
            setOpenPostId(null);
            setComposer({ postId });
          }}
        />
      ) : null}
    </section>
  );
}
