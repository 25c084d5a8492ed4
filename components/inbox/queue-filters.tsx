"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { selectClass } from "@/components/forms/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CATEGORIES, CONVERSATION_KINDS, CONVERSATION_STATUSES, PLATFORMS, PRIORITIES } from "@/db/schema/enum-values";
import type { QueueOptions } from "@/db/queries/queue-options";
import { CONTACT_TAGS, QUEUE_SORTS, type QueueFilterKey, type QueueFilters } from "@/lib/inbox/filters";
import { SLA_STATES } from "@/lib/sla/state";

type Props = { filters: QueueFilters; options: QueueOptions; onChange: (next: QueueFilters) => void };

/**
 * One select per filter (a URL may carry several values of one filter; the select then shows "several" and
 * keeps them until another value is picked), the text search, the creation-date range and the sort.
 */
export function QueueFiltersBar({ filters, options, onChange }: Props) {
  const t = useTranslations("queue.filters");
  const tInbox = useTranslations("inbox");
  const tPlatform = useTranslations("platforms");
  const tSla = useTranslations("queue.sla");
  const [q, setQ] = useState(filters.q);
  const lists: { key: QueueFilterKey; values: readonly string[]; label: (v: string) => string }[] = [
    { key: "status", values: CONVERSATION_STATUSES, label: (v) => tInbox(`statuses.${v}` as never) },
    { key: "channel", values: options.channels.map((c) => c.id), label: (v) => channelName(v) },
    { key: "platform", values: PLATFORMS, label: (v) => tPlatform(v as never) },
    { key: "kind", values: CONVERSATION_KINDS, label: (v) => tInbox(`kinds.${v}` as never) },
    { key: "category", values: CATEGORIES, label: (v) => tInbox(`categories.${v}` as never) },
    { key: "priority", values: PRIORITIES, label: (v) => tInbox(`priorities.${v}` as never) },
    { key: "sla", values: SLA_STATES, label: (v) => tSla(v as never) },
    {
      key: "assignee",
      values: ["me", "none", ...options.members.map((m) => m.id)],
      label: (v) =>
        v === "me" ? t("me") : v === "none" ? t("nobody") : (options.members.find((m) => m.id === v)?.name ?? v),
    },
    { key: "tag", values: CONTACT_TAGS, label: (v) => t(`tags.${v}` as never) },
  ];
  function channelName(id: string) {
    const c = options.channels.find((ch) => ch.id === id);
    return c ? `${tPlatform(c.platform)} ${c.handle}` : id;
  }
  const set = (patch: Partial<QueueFilters>) => onChange({ ...filters, ...patch });

  return (
    <div className="grid gap-3 rounded-lg border p-3" role="group" aria-label={t("label")}>
      <form
        role="search"
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          set({ q: q.trim() });
        }}
      >
        <Label htmlFor="queue-search" className="sr-only">
          {t("search")}
        </Label>
        <Input
          id="queue-search"
          type="search"
          value={q}
          maxLength={200}
          placeholder={t("searchPlaceholder")}
          onChange={(e) => setQ(e.target.value)}
        />
      </form>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 xl:grid-cols-6">
        {lists.map(({ key, values, label }) => {
          const current = filters[key] as string[];
          const value = current.length === 0 ? "" : current.length === 1 ? current[0]! : "__several";
          return (
            <div key={key} className="grid gap-1">
              <Label htmlFor={`filter-${key}`}>{t(key)}</Label>
              <select
                id={`filter-${key}`}
                className={selectClass}
                value={value}
                onChange={(e) => set({ [key]: e.target.value ? [e.target.value] : [] })}
              >
                <option value="">{t("any")}</option>
                {value === "__several" ? (
                  <option value="__several">{t("several", { count: current.length })}</option>
                ) : null}
                {values.map((v) => (
                  <option key={v} value={v}>
                    {label(v)}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
        {(["from", "to"] as const).map((key) => (
          <div key={key} className="grid gap-1">
            <Label htmlFor={`filter-${key}`}>{t(key)}</Label>
            <Input
              id={`filter-${key}`}
              type="date"
              value={filters[key] ?? ""}
              onChange={(e) => set({ [key]: e.target.value || undefined })}
            />
          </div>
        ))}
        <div className="grid gap-1">
          <Label htmlFor="filter-sort">{t("sort")}</Label>
          <select
            id="filter-sort"
            className={selectClass}
            value={filters.sort}
            onChange={(e) => set({ sort: e.target.value as QueueFilters["sort"] })}
          >
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </div>
  );
}
