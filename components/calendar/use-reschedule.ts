"use client";

import type { DragEndEvent } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import { reschedulePostAction } from "@/app/(dashboard)/w/[workspace]/calendar/actions";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { toast } from "@/components/ui/toast-store";
import { calendarQueries, type CalendarPost } from "@/lib/calendar/queries";
import { gridPlacement } from "@/lib/calendar/range";
import { zonedDateTime } from "@/lib/calendar/zoned";
import type { DropTarget } from "./drop-zone";

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Drag and drop (or keyboard move) to a day or an hour: the post keeps its time of day on a day, its minutes on an
 * hour. A move into the past is refused here and on the server; a move that lost a race gets the conflict message.
 * The toast offers Undo, which moves it back (with the version the move produced).
 */
export function useReschedule(workspaceId: string, timeZone: string) {
  const t = useTranslations("calendar");
  const mutation = useActionMutation(
    (input: { postId: string; version: number; scheduledAt: string }) =>
      reschedulePostAction({ workspaceId, ...input }),
    {
      invalidate: [calendarQueries.all(workspaceId)],
      errorMessage: (error) => (error.code === "conflict" ? t("errors.stale") : undefined),
      fieldErrorsInToast: true,
    },
  );

  const move = (post: CalendarPost, scheduledAt: Date, undoable: boolean) => {
    const previous = post.scheduledAt;
    mutation.mutate(
      { postId: post.id, version: post.version, scheduledAt: scheduledAt.toISOString() },
      {
        onSuccess: (data) => {
          const when = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
            scheduledAt,
          );
          const canUndo = undoable && previous && Date.parse(previous) > Date.now();
          toast({
            id: `moved:${post.id}`,
            title: undoable ? t("moved", { when }) : t("moveUndone"),
            action: canUndo
              ? {
                  label: t("undo"),
                  altText: t("undoAlt"),
                  onClick: () =>
                    move(
                      { ...post, version: data.version, scheduledAt: scheduledAt.toISOString() },
                      new Date(previous),
                      false,
                    ),
                }
              : undefined,
          });
        },
      },
    );
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const post = active.data.current?.post as CalendarPost | undefined;
    const target = over?.data.current as DropTarget | undefined;
    if (!post || !target) return;
    const current = post.scheduledAt ? gridPlacement(new Date(post.scheduledAt), timeZone) : null;
    const minutes = current?.minutes ?? 9 * 60;
    const time =
      target.hour === undefined
        ? `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
        : `${pad(target.hour)}:${pad(minutes % 60)}`;
    const next = zonedDateTime(target.day, time, timeZone);
    if (post.scheduledAt && Date.parse(post.scheduledAt) === next.getTime()) return;
    if (next.getTime() <= Date.now()) {
      toast({ id: "move-past", title: t("errors.past"), variant: "destructive" });
      return;
    }
    move(post, next, true);
  };

  return { onDragEnd, pending: mutation.isPending };
}
