"use client";

import { AlarmClock, AlertTriangle, Clock } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { slaState } from "@/lib/sla/state";
import { cn } from "@/lib/utils";
import { useClock } from "./use-clock";

const LOOK = {
  ok: { icon: Clock, className: "border-emerald-700/30 text-emerald-800 dark:text-emerald-300" },
  due_soon: {
    icon: AlarmClock,
    className: "border-amber-700/40 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  },
  breached: {
    icon: AlertTriangle,
    className: "border-red-700/40 bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200",
  },
} as const;

/**
 * How the SLA of a waiting conversation stands — "Answer in 12 min", "Due soon, in 8 min", "Breached 3 hr ago" —
 * ticking without a reload. The state comes from lib/sla/state.ts (the queue's filter and sort use the same rule);
 * it is told by an icon and words, never by colour alone. Nothing is shown when nobody waits (no due time).
 */
export function SlaBadge({
  dueAt,
  timeZone,
  className,
}: {
  dueAt: string | null;
  /** For the exact due time in the tooltip (the workspace's zone); the badge's words are relative. */
  timeZone?: string;
  className?: string;
}) {
  const t = useTranslations("routing.badge");
  const format = useFormatter();
  const now = useClock();
  if (!dueAt || now === null) return null;
  const due = new Date(dueAt);
  const state = slaState(due, new Date(now));
  if (state === "none") return null;
  const { icon: Icon, className: look } = LOOK[state];
  const relative = format.relativeTime(due, { now, style: "short" });
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-md border px-2 py-0.5 text-xs font-medium",
        look,
        className,
      )}
      title={t("dueAt", { time: format.dateTime(due, { dateStyle: "medium", timeStyle: "short", timeZone }) })}
      data-sla-state={state}
    >
      <Icon aria-hidden className="size-3.5" />
      {t(state, { relative })}
    </span>
  );
}
