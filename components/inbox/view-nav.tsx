"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { queueSearch, type QueueFilters, type QueueView } from "@/lib/inbox/filters";
import type { QueueCounts } from "@/db/queries/queue-list";
import { cn } from "@/lib/utils";

/**
 * The views with their open counts. Links (bookmarkable, work without JavaScript); choosing a view keeps the
 * other filters. The counts arrive with the list's first page, so they refresh together.
 */
export function ViewNav({
  slug,
  filters,
  counts,
  personas,
}: {
  slug: string;
  filters: QueueFilters;
  counts: QueueCounts | null;
  personas: { id: string; name: string }[];
}) {
  const t = useTranslations("queue.views");
  const views: { view: QueueView; label: string }[] = [
    { view: "mine", label: t("mine") },
    { view: "unassigned", label: t("unassigned") },
    { view: "brand", label: t("brand") },
    ...personas.map((p) => ({ view: `persona:${p.id}` as QueueView, label: p.name })),
    { view: "mentions", label: t("mentions") },
    { view: "all", label: t("all") },
  ];
  return (
    <nav aria-label={t("label")} className="rounded-lg border p-1 text-sm lg:w-56 lg:shrink-0">
      <ul className="flex gap-1 overflow-x-auto lg:flex-col">
        {views.map(({ view, label }) => {
          const search = queueSearch({ ...filters, view });
          const current = view === filters.view;
          return (
            <li key={view}>
              <Link
                href={`/w/${slug}/inbox${search ? `?${search}` : ""}`}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "flex items-center justify-between gap-3 rounded-md px-3 py-1.5 whitespace-nowrap outline-ring focus-visible:outline-2",
                  current ? "bg-accent font-medium text-accent-foreground" : "hover:bg-accent/60",
                )}
              >
                <span className="truncate">{label}</span>
                <span className="tabular-nums text-muted-foreground">{counts ? (counts[view] ?? 0) : "…"}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
