"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogTrigger } from "@/components/ui/dialog";
import type { PostListItem } from "@/db/queries/posts";
import type { PostStatus } from "@/db/schema/enums";
import type { Jsonify } from "@/lib/jsonify";
import { PostDialogContent } from "./post-dialog";

export const STATUS_VARIANT: Record<
  PostStatus,
  "default" | "secondary" | "outline" | "success" | "warning" | "destructive"
> = {
  draft: "outline",
  in_review: "warning",
  approved: "secondary",
  scheduled: "default",
  published: "success",
  failed: "destructive",
  cancelled: "outline",
};

export type PostItemProps = {
  post: Jsonify<PostListItem>;
  timeZone: string;
  canApprove: boolean;
  approving: boolean;
  onApprove: () => void;
};

/** A post in a day column: a short summary that opens the whole post (the column is too narrow for it). */
export function PostItem(props: PostItemProps) {
  const { post, timeZone, canApprove, approving, onApprove } = props;
  const t = useTranslations("calendar");
  const format = useFormatter();
  return (
    <li className="grid gap-1 rounded-md border bg-background text-sm">
      {/* A Radix trigger, so closing the dialog returns focus to the post that opened it. */}
      <Dialog>
        <DialogTrigger className="grid gap-1 rounded-md p-2 text-left outline-ring hover:bg-accent/50 focus-visible:outline-2">
          <span className="flex flex-wrap items-center justify-between gap-1">
            {/* nowrap: a narrow column broke "8:30 PM" into "8:30 / PM" (issue 6). */}
            <span className="text-xs whitespace-nowrap tabular-nums text-muted-foreground">
              {post.scheduledAt
                ? format.dateTime(new Date(post.scheduledAt), { timeStyle: "short", timeZone })
                : t("unscheduled")}
            </span>
            <Badge variant={STATUS_VARIANT[post.status]}>{t(`statuses.${post.status}`)}</Badge>
          </span>
          <span className="line-clamp-3">{post.body}</span>
          <span className="text-xs text-muted-foreground">{post.identity.displayName}</span>
        </DialogTrigger>
        <PostDialogContent {...props} />
      </Dialog>
      {canApprove && post.status === "in_review" ? (
        <Button
          size="sm"
          variant="secondary"
          className="mx-2 mb-2"
          onClick={onApprove}
          disabled={approving}
          aria-label={t("approveLabel", { body: post.body.slice(0, 40) })}
        >
          {t("approve")}
        </Button>
      ) : null}
    </li>
  );
}
