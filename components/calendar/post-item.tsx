"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { PostListItem } from "@/db/queries/posts";
import type { PostStatus } from "@/db/schema/enums";
import type { Jsonify } from "@/lib/jsonify";

const STATUS_VARIANT: Record<PostStatus, "default" | "secondary" | "outline" | "success" | "warning" | "destructive"> =
  {
    draft: "outline",
    in_review: "warning",
    approved: "secondary",
    scheduled: "default",
    published: "success",
    failed: "destructive",
    cancelled: "outline",
  };

type Props = {
  post: Jsonify<PostListItem>;
  timeZone: string;
  canApprove: boolean;
  approving: boolean;
  onApprove: () => void;
};

export function PostItem({ post, timeZone, canApprove, approving, onApprove }: Props) {
  const t = useTranslations("calendar");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  return (
    <li className="grid gap-1 rounded-md border bg-background p-2 text-sm">
      <div className="flex items-center justify-between gap-1">
        <span className="text-xs tabular-nums text-muted-foreground">
          {post.scheduledAt
            ? format.dateTime(new Date(post.scheduledAt), { timeStyle: "short", timeZone })
            : t("unscheduled")}
        </span>
        <Badge variant={STATUS_VARIANT[post.status]}>{t(`statuses.${post.status}`)}</Badge>
      </div>
      <p className="line-clamp-3">{post.body}</p>
      <p className="text-xs text-muted-foreground">
        {post.identity.displayName} ·{" "}
        {post.platforms.map((p) => tPlatform(p as Parameters<typeof tPlatform>[0])).join(", ")}
      </p>
      {post.status === "published" ? (
        <p className="text-xs text-muted-foreground">{t("impressions", { count: post.impressions })}</p>
      ) : null}
      {canApprove && post.status === "in_review" ? (
        <Button
          size="sm"
          variant="secondary"
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
