"use client";

import { useTranslations } from "next-intl";
import type { Platform } from "@/db/schema/enum-values";
import type { CalendarPostDetail } from "@/lib/calendar/queries";
import { ChannelBadge } from "./channel-badge";

/**
 * Each channel of the post and the text it sends there (its variant, or the base text). What publishing recorded —
 * status, link, reason, metrics — is the publishing panel's (components/publishing/target-status.tsx).
 */
export function PostTargets({ post }: { post: CalendarPostDetail }) {
  const t = useTranslations("calendar");
  const tPlatform = useTranslations("platforms");
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
            </span>
            {target.bodyOverride ? (
              <p className="whitespace-pre-wrap break-words">
                <span className="sr-only">{t("textOnChannel")}: </span>
                {target.bodyOverride}
              </p>
            ) : (
              <p className="text-xs text-muted-foreground">{t("sameText")}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
