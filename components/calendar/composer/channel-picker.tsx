"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field";
import type { Platform } from "@/db/schema/enum-values";
import { channelFits } from "@/lib/calendar/content";
import type { CalendarContextData } from "../calendar-app";
import { ChannelBadge } from "../channel-badge";

type Props = {
  channels: CalendarContextData["channels"];
  identityId: string;
  selected: string[];
  onChange: (ids: string[]) => void;
  errors?: string[];
};

/** The channels the chosen voice may post on (its own accounts; a persona also the brand's), as checkboxes. */
export function ChannelPicker({ channels, identityId, selected, onChange, errors }: Props) {
  const t = useTranslations("calendar.composer");
  const tPlatform = useTranslations("platforms");
  const usable = channels.filter((c) => channelFits(c, identityId));
  return (
    <fieldset aria-describedby={errors?.length ? "post-channels-error" : undefined} className="grid gap-1.5">
      <legend className="mb-1.5 text-sm font-medium">{t("channels")}</legend>
      {usable.length === 0 ? <p className="text-sm text-muted-foreground">{t("noChannels")}</p> : null}
      <div className="flex flex-wrap gap-2">
        {usable.map((c) => {
          const checked = selected.includes(c.id);
          return (
            <label
              key={c.id}
              className="flex items-center gap-1.5 rounded-md border px-2 py-1 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent"
            >
              <input
                type="checkbox"
                checked={checked}
                onChange={() => onChange(checked ? selected.filter((id) => id !== c.id) : [...selected, c.id])}
              />
              <ChannelBadge platform={c.platform as Platform} />
              <span>
                {tPlatform(c.platform as Platform)} <span className="text-muted-foreground">{c.handle}</span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldError id="post-channels-error" messages={errors} />
    </fieldset>
  );
}
