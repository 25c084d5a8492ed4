import { useTranslations } from "next-intl";
import type { Platform } from "@/db/schema/enum-values";

// Short marks instead of logos: brand logos are trademarks and lucide no longer ships them.
const MARK: Record<Platform, string> = {
  x: "X",
  instagram: "IG",
  facebook: "FB",
  linkedin: "in",
  tiktok: "TT",
  youtube: "YT",
  mastodon: "M",
  bluesky: "BS",
  threads: "@",
  other: "•",
};

/** A channel's platform as a small mark, named for screen readers. */
export function ChannelBadge({ platform, handle }: { platform: Platform; handle?: string }) {
  const t = useTranslations("platforms");
  const name = handle ? `${t(platform)} ${handle}` : t(platform);
  return (
    <abbr
      title={name}
      aria-label={name}
      className="inline-flex h-4 min-w-4 items-center justify-center rounded-sm border bg-muted px-0.5 text-[10px] font-semibold leading-none no-underline"
    >
      {MARK[platform]}
    </abbr>
  );
}
