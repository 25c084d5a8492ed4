"use client";

import { useQuery } from "@tanstack/react-query";
import { ExternalLink } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useActionMutation } from "@/components/common/use-action-mutation";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NameContext } from "@/components/ui/name-context";
import { publishNowAction, retryTargetAction } from "@/app/(dashboard)/w/[workspace]/calendar/publishing/actions";
import { publishingQueries, type PostPublishingView } from "@/lib/publishing/queries";
import { httpUrlOrNull } from "@/lib/text/link";
import { PublishingMetrics } from "./publishing-metrics";

type Target = PostPublishingView["targets"][number];

const TARGET_VARIANT = {
  pending: "outline",
  publishing: "secondary",
  published: "success",
  failed: "destructive",
  unknown: "warning",
} as const;

/**
 * Per-target publishing status for the post detail: channel, status, link or reason with Retry, and the latest
 * numbers with the engagement rate. Polls while anything is on its way, so it turns published without a reload.
 */
export function TargetStatus({
  workspaceId,
  postId,
  canPublish,
}: {
  workspaceId: string;
  postId: string;
  canPublish: boolean;
}) {
  const t = useTranslations("publishing");
  const options = publishingQueries.post(workspaceId, postId);
  const query = useQuery(options);
  const retry = useActionMutation(
    ({ targetId }: { targetId: string; handle: string }) => retryTargetAction({ workspaceId, targetId }),
    { invalidate: [options.queryKey], successMessage: (_d, { handle }) => t("retried", { handle }) },
  );
  const publishNow = useActionMutation(
    ({ version }: { version: number }) => publishNowAction({ workspaceId, postId, version }),
    { invalidate: [options.queryKey], refresh: true, successMessage: () => t("publishNowDone") },
  );

  if (query.isError) return <p className="text-sm text-destructive">{t("loadFailed")}</p>;
  const data = query.data;
  if (!data) return <p className="text-sm text-muted-foreground">…</p>;
  const canPublishNow = canPublish && (data.post.status === "approved" || data.post.status === "scheduled");

  return (
    <section aria-labelledby={`publishing-${postId}`} className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={`publishing-${postId}`} className="text-sm font-semibold">
          {t("title")}
        </h3>
        <Badge
          variant={data.state === "published" ? "success" : data.state.includes("failed") ? "destructive" : "outline"}
        >
          {t(`state.${data.state}`)}
        </Badge>
        {canPublishNow ? (
          <Button
            size="sm"
            variant="outline"
            disabled={publishNow.isPending}
            onClick={() => publishNow.mutate({ version: data.post.version })}
          >
            {t("publishNow")}
          </Button>
        ) : null}
      </div>
      <ul aria-label={t("targetsLabel")} aria-live="polite" className="divide-y rounded-md border">
        {data.targets.map((target) => (
          <TargetRow
            key={target.id}
            target={target}
            canRetry={canPublish}
            retrying={retry.isPending}
            onRetry={() => retry.mutate({ targetId: target.id, handle: target.channel.handle })}
          />
        ))}
      </ul>
      <PublishingMetrics totals={data.totals} engagementRate={data.engagementRate} targets={data.targets} />
    </section>
  );
}

function TargetRow({
  target,
  canRetry,
  retrying,
  onRetry,
}: {
  target: Target;
  canRetry: boolean;
  retrying: boolean;
  onRetry: () => void;
}) {
  const t = useTranslations("publishing");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  const { handle, platform } = target.channel;
  const link = httpUrlOrNull(target.externalUrl);
  return (
    <li className="flex flex-col gap-1 p-3 text-sm sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <span className="font-medium">{handle}</span>
          <span className="text-muted-foreground">{tPlatform(platform)}</span>
          <Badge variant={TARGET_VARIANT[target.status]}>{t(`target.${target.status}`)}</Badge>
          {target.attempts > 1 ? (
            <span className="text-xs text-muted-foreground">{t("attempts", { count: target.attempts })}</span>
          ) : null}
        </div>
        {target.status === "published" && target.publishedAt ? (
          <div className="text-xs text-muted-foreground">
            {format.dateTime(new Date(target.publishedAt), { dateStyle: "medium", timeStyle: "short" })}
          </div>
        ) : null}
        {target.error && target.status !== "published" ? (
          <p className="break-words text-xs text-destructive">{t("reason", { reason: target.error })}</p>
        ) : null}
        {target.status === "unknown" ? <p className="text-xs">{t("unknownHelp", { handle })}</p> : null}
      </div>
      <div className="flex shrink-0 items-center gap-2">
        {link ? (
          <a
            href={link}
            target="_blank"
            rel="noreferrer noopener"
            className="inline-flex items-center gap-1 text-sm underline outline-ring focus-visible:outline-2"
          >
            {t("open", { platform: tPlatform(platform) })}
            <NameContext>{t("openContext", { handle })}</NameContext>
            <ExternalLink aria-hidden className="size-3" />
          </a>
        ) : null}
        {canRetry && (target.status === "failed" || target.status === "unknown") ? (
          <Button
            size="sm"
            variant="outline"
            disabled={retrying}
            onClick={onRetry}
            aria-label={t("retryLabel", { handle })}
          >
            {t("retry")}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
