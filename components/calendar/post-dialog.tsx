"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { STATUS_VARIANT, type PostItemProps } from "./post-item";

/** The whole post: full text, status, voice, author, channels, figures — what the day column cannot show. */
export function PostDialogContent({ post, timeZone, canApprove, approving, onApprove }: PostItemProps) {
  const t = useTranslations("calendar");
  const tPlatform = useTranslations("platforms");
  const tKinds = useTranslations("calendar.identityKinds");
  const format = useFormatter();
  const when = post.scheduledAt
    ? format.dateTime(new Date(post.scheduledAt), { dateStyle: "full", timeStyle: "short", timeZone })
    : t("unscheduled");
  const channels = post.platforms.map((p) => tPlatform(p as Parameters<typeof tPlatform>[0])).join(", ");
  return (
    <DialogContent>
      <DialogHeader>
        <DialogTitle>{t("postBy", { identity: post.identity.displayName })}</DialogTitle>
        <DialogDescription>{when}</DialogDescription>
      </DialogHeader>
      <p className="text-sm whitespace-pre-wrap break-words">{post.body}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
        <dt className="text-muted-foreground">{t("fields.status")}</dt>
        <dd>
          <Badge variant={STATUS_VARIANT[post.status]}>{t(`statuses.${post.status}`)}</Badge>
        </dd>
        <dt className="text-muted-foreground">{t("fields.voice")}</dt>
        <dd>
          {post.identity.displayName} <span className="text-muted-foreground">({tKinds(post.identity.kind)})</span>
        </dd>
        {post.authorName ? (
          <>
            <dt className="text-muted-foreground">{t("fields.author")}</dt>
            <dd>{post.authorName}</dd>
          </>
        ) : null}
        <dt className="text-muted-foreground">{t("fields.channels")}</dt>
        <dd>{channels || "—"}</dd>
        {post.campaign ? (
          <>
            <dt className="text-muted-foreground">{t("fields.campaign")}</dt>
            <dd>{post.campaign}</dd>
          </>
        ) : null}
        {post.status === "published" ? (
          <>
            <dt className="text-muted-foreground">{t("fields.reach")}</dt>
            <dd>{t("impressions", { count: post.impressions })}</dd>
          </>
        ) : null}
      </dl>
      {canApprove && post.status === "in_review" ? (
        <DialogFooter>
          <Button onClick={onApprove} disabled={approving}>
            {t("approve")}
          </Button>
        </DialogFooter>
      ) : null}
    </DialogContent>
  );
}
