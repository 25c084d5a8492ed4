"use client";

import { useTranslations } from "next-intl";
import { selectClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { POST_STATUSES, type Platform } from "@/db/schema/enum-values";
import type { PostFilters } from "@/lib/calendar/schemas";
import type { CalendarContextData } from "./calendar-app";

type Props = { filters: PostFilters; context: CalendarContextData; onChange: (filters: PostFilters) => void };

/** Identity, channel, campaign, tag and status; each change goes into the URL so a filtered view can be shared. */
export function CalendarFilters({ filters, context, onChange }: Props) {
  const t = useTranslations("calendar");
  const tPlatform = useTranslations("platforms");
  const set = (key: keyof PostFilters, value: string) =>
    onChange({ ...filters, [key]: value ? (key === "campaign" || key === "tag" ? value : [value]) : undefined });
  const active = Object.values(filters).some((v) => (Array.isArray(v) ? v.length : v));
  const select = (key: keyof PostFilters, options: { value: string; label: string }[]) => {
    const current = filters[key];
    const value = Array.isArray(current) ? (current[0] ?? "") : (current ?? "");
    return (
      <div className="grid gap-1">
        <Label htmlFor={`filter-${key}`} className="text-xs">
          {t(`filters.${key}`)}
        </Label>
        <select
          id={`filter-${key}`}
          className={`${selectClass} h-8 w-40`}
          value={value}
          onChange={(e) => set(key, e.target.value)}
        >
          <option value="">{t("filters.all")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <div role="search" aria-label={t("filters.label")} className="mb-3 flex flex-wrap items-end gap-2">
      {select(
        "identity",
        context.identities.map((i) => ({ value: i.id, label: i.displayName })),
      )}
      {select(
        "channel",
        context.channels.map((c) => ({ value: c.id, label: `${tPlatform(c.platform as Platform)} ${c.handle}` })),
      )}
      {select(
        "campaign",
        context.campaigns.map((c) => ({ value: c, label: c })),
      )}
      {select(
        "tag",
        context.tags.map((c) => ({ value: c, label: c })),
      )}
      {select(
        "status",
        POST_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
      )}
      {active ? (
        <Button variant="ghost" size="sm" onClick={() => onChange({})}>
          {t("filters.clear")}
        </Button>
      ) : null}
    </div>
  );
}
