"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Platform } from "@/db/schema/enums";
import type { CalendarPostDetail } from "@/lib/calendar/queries";
import { ChannelBadge } from "./channel-badge";

const METRICS = ["impressions", "reach", "likes", "comments", "shares", "saves", "clicks"] as const;
const isLink = (value: string) => /^https?:\/\//.test(value);

/**
 * Each channel of the post: the text it sends there (variant, sign-off), and what publishing recorded — status,
 * the network's id (a link when the network gave a URL), the error, and the latest metrics snapshot. Nothing is
 * shown that publishing has not recorded.
 */
export function PostTargets({ post, timeZone }: { post: CalendarPostDetail; timeZone: string }) {
  const t = useTranslations("calendar");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  return (
    <section aria-labelledby="post-targets" className="grid gap-2">
      <h3 id="post-targets" className="text-sm font-semibold">
        {t("fields.channels")}
      </h3>
      {post.targets.length === 0 ? <p className="text-sm text-muted-foreground">{t("noTargets")}</p> : null}
      <ul className="grid gap-2">
        {post.targets.map((target) => (
          <li key={target.id} className="grid gap-1 rounded-md border p-2 text-sm">
            <span className="flex flex-wrap items-center gap-2 font-medium">
              <ChannelBadge platform={target.platform as Platform} />
              {tPlatform(target.platform as Platform)} {target.handle}
              <span className="text-xs font-normal text-muted-foreground">{t(`targetStatuses.${target.status}`)}</span>
            </span>
            {target.bodyOverride ? (
              <p className="whitespace-pre-wrap break-words">
                <span className="sr-only">{t("textOnChannel")}: </span>
                {target.bodyOverride}
              </p>
            ) : (
              <p className="text-xs text-muted-foreground">{t("sameText")}</p>
            )}
            {target.publishedAt ? (
              <p className="text-xs text-muted-foreground">
                {t("publishedAt", {
                  when: format.dateTime(new Date(target.publishedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone,
                  }),
                })}
              </p>
            ) : null}
            {target.externalId ? (
              <p className="text-xs">
                {isLink(target.externalId) ? (
                  <a className="underline" href={target.externalId} target="_blank" rel="noreferrer">
                    {t("openOnNetwork", { platform: tPlatform(target.platform as Platform) })}
                  </a>
                ) : (
                  t("externalId", { id: target.externalId })
                )}
              </p>
            ) : null}
            {target.error ? <p className="text-xs text-destructive">{target.error}</p> : null}
            {target.metrics ? (
              <dl className="grid grid-cols-[repeat(auto-fill,minmax(7rem,1fr))] gap-x-3 gap-y-1 text-xs">
                {METRICS.map((key) => (
                  <div key={key}>
                    <dt className="text-muted-foreground">{t(`metrics.${key}`)}</dt>
                    <dd className="tabular-nums">{format.number(target.metrics![key])}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            {target.metrics ? (
              <p className="text-xs text-muted-foreground">
                {t("metricsAsOf", {
                  when: format.dateTime(new Date(target.metrics.capturedAt), {
                    dateStyle: "medium",
                    timeStyle: "short",
                    timeZone,
                  }),
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
