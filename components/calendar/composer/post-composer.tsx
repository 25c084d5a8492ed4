"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { calendarQueries } from "@/lib/calendar/queries";
import type { CalendarContextData, ComposerTarget } from "../calendar-app";
import { ComposerForm, type ComposerHandle } from "./composer-form";
import { formFromPost, type PostForm } from "./use-post-form";

type Props = {
  workspaceId: string;
  timeZone: string;
  context: CalendarContextData;
  target: NonNullable<ComposerTarget>;
  onClose: () => void;
};

/**
 * The composer as a side panel: a new post (optionally for a day from the calendar) or an existing one loaded
 * first. Closing with unsaved changes asks first (ComposerForm).
 */
export function PostComposer({ workspaceId, timeZone, context, target, onClose }: Props) {
  const t = useTranslations("calendar.composer");
  const existing = useQuery({
    ...calendarQueries.post(workspaceId, target.postId ?? ""),
    enabled: Boolean(target.postId),
  });
  const formRef = useRef<ComposerHandle>(null);
  const fresh: PostForm = {
    identityId: context.voices[0]?.id ?? "",
    channelIds: [],
    body: "",
    variants: {},
    media: [],
    campaign: "",
    tags: [],
    date: target.day ?? "",
    time: target.day ? (target.time ?? "09:00") : "",
  };
  const loaded = target.postId ? existing.data : undefined;
  return (
    <Dialog open onOpenChange={(open) => (open ? null : formRef.current ? formRef.current.requestClose() : onClose())}>
      <DialogContent
        className="top-0 right-0 left-auto h-dvh max-h-dvh translate-x-0 translate-y-0 rounded-none sm:max-w-2xl"
        aria-describedby="composer-description"
      >
        <DialogHeader>
          <DialogTitle>{target.postId ? t("editTitle") : t("newTitle")}</DialogTitle>
          <DialogDescription id="composer-description">{t("description", { timeZone })}</DialogDescription>
        </DialogHeader>
        {target.postId && !loaded ? (
          <div className="grid gap-2" aria-hidden>
            <Skeleton className="h-10" />
            <Skeleton className="h-32" />
          </div>
        ) : (
          <ComposerForm
            workspaceId={workspaceId}
            timeZone={timeZone}
            context={context}
            initial={loaded ? formFromPost(loaded, timeZone) : fresh}
            existing={loaded ? { id: loaded.id, version: loaded.version, status: loaded.status } : undefined}
            ref={formRef}
            onClose={onClose}
          />
        )}
      </DialogContent>
    </Dialog>
  );
}
