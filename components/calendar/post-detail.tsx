"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { QueryError } from "@/components/common/query-error";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { calendarQueries } from "@/lib/calendar/queries";
import { allowedActions, canEdit } from "@/lib/calendar/workflow";
import { httpUrlOrNull } from "@/lib/text/link";
import type { Viewer } from "./calendar-app";
import { STATUS_VARIANT } from "./post-chip";
import { PostComments } from "./post-comments";
import { PostHistory } from "./post-history";
import { PostTargets } from "./post-targets";
import { PostWorkflow } from "./post-workflow";
import { TargetStatus } from "@/components/publishing/target-status";

type Props = {
  workspaceId: string;
  timeZone: string;
  postId: string;
  viewer: Viewer;
  voiceIds: Set<string>;
  onClose: () => void;
  onEdit: (postId: string) => void;
};

/** The whole post: text, media, channels with their variants and results, workflow, comments and history. */
export function PostDetailDialog({ workspaceId, timeZone, postId, viewer, voiceIds, onClose, onEdit }: Props) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const query = useQuery(calendarQueries.post(workspaceId, postId));
  const post = query.data;
  const speaks = post ? voiceIds.has(post.identityId) : false;
  const workflowPost = post ? { status: post.status, authorUserId: post.authorUserId } : null;
  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent className="sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{post ? t("postBy", { identity: post.identityName }) : t("post")}</DialogTitle>
          <DialogDescription>
            {post?.scheduledAt
              ? format.dateTime(new Date(post.scheduledAt), { dateStyle: "full", timeStyle: "short", timeZone })
              : t("unscheduled")}
          </DialogDescription>
        </DialogHeader>
        {query.isError ? <QueryError error={query.error} onRetry={query.refetch} retrying={query.isFetching} /> : null}
        {!post ? (
          query.isError ? null : (
            <Skeleton className="h-40" aria-hidden />
          )
        ) : (
          <div className="grid gap-4">
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={STATUS_VARIANT[post.status]}>{t(`statuses.${post.status}`)}</Badge>
              {post.campaign ? (
                <Badge variant="outline">{t("campaignBadge", { campaign: post.campaign })}</Badge>
              ) : null}
              {post.tags.map((tag) => (
                <Badge key={tag} variant="secondary">
                  #{tag}
                </Badge>
              ))}
            </div>
            <p className="whitespace-pre-wrap break-words text-sm">{post.body || "—"}</p>
            {post.media.length ? (
              <ul className="flex flex-wrap gap-2">
                {post.media.map((m, i) => (
                  <li key={i} className="text-xs">
                    {httpUrlOrNull(m.url) ? (
                      <a href={httpUrlOrNull(m.url)!} target="_blank" rel="noreferrer" className="underline">
                        {t("mediaLink", { n: i + 1 })}
                      </a>
                    ) : (
                      t("mediaLink", { n: i + 1 })
                    )}{" "}
                    <span className="text-muted-foreground">— {m.alt}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {workflowPost && canEdit(viewer, workflowPost, speaks) ? (
              <Button variant="outline" className="justify-self-start" onClick={() => onEdit(post.id)}>
                {t("edit")}
              </Button>
            ) : null}
            <PostWorkflow
              workspaceId={workspaceId}
              post={post}
              actions={workflowPost ? allowedActions(viewer, workflowPost, speaks) : []}
            />
            <PostTargets post={post} />
            {post.targets.length > 0 && post.status !== "draft" && post.status !== "in_review" ? (
              <TargetStatus workspaceId={workspaceId} postId={post.id} canPublish={can(viewer.role, "posts.publish")} />
            ) : null}
            <PostComments
              workspaceId={workspaceId}
              post={post}
              timeZone={timeZone}
              canComment={can(viewer.role, "posts.create")}
            />
            <PostHistory history={post.history} timeZone={timeZone} />
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
