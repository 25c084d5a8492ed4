"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { PostPublishingView } from "@/lib/publishing/queries";

const KEYS = ["impressions", "likes", "comments", "shares", "saves"] as const;

/** The latest numbers summed over a post's targets, and the engagement rate Σ(likes+comments+shares+saves)/Σ impressions. */
export function PublishingMetrics({
  totals,
  engagementRate,
  targets,
}: Pick<PostPublishingView, "totals" | "engagementRate" | "targets">) {
  const t = useTranslations("publishing.metrics");
  const format = useFormatter();
  const captured = targets
    .map((target) => target.metrics?.capturedAt)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1);
  if (!captured) return <p className="text-sm text-muted-foreground">{t("none")}</p>;
  return (
    <div>
      <h4 className="text-sm font-semibold">
        {t("label")}{" "}
        <span className="font-normal text-muted-foreground">
          {t("capturedAt", { time: format.dateTime(new Date(captured), { timeStyle: "short" }) })}
        </span>
      </h4>
      <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {KEYS.map((key) => (
          <div key={key} className="rounded-md border p-2">
            <dt className="text-xs text-muted-foreground">{t(key)}</dt>
            <dd className="text-base font-semibold tabular-nums" data-metric={key}>
              {format.number(totals[key])}
            </dd>
          </div>
        ))}
        <div className="rounded-md border p-2">
          <dt className="text-xs text-muted-foreground">{t("engagementRate")}</dt>
          <dd className="text-base font-semibold tabular-nums" data-metric="engagementRate">
            {engagementRate === null
              ? t("noRate")
              : format.number(engagementRate, { style: "percent", maximumFractionDigits: 1 })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
