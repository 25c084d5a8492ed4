"use client";

import Link from "next/link";
import { useNow, useTranslations } from "next-intl";
import { forwardRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { QueueRowItem } from "@/lib/inbox/queries";
import { slaState } from "@/lib/sla/state";
import { cn } from "@/lib/utils";

const PRIORITY_VARIANT = { urgent: "destructive", high: "warning", normal: "secondary", low: "outline" } as const;
const SLA_VARIANT = { breached: "destructive", due_soon: "warning", ok: "outline" } as const;

type Props = {
  item: QueueRowItem;
  href: string;
  active: boolean;
  selected: boolean;
  currentUserId: string;
  canTriage: boolean;
  canAssign: boolean;
  busy: boolean;
  onFocus: () => void;
  onSelect: (selected: boolean) => void;
  onAssignMe: () => void;
  onUnassign: () => void;
  onResolve: () => void;
  onSnooze: () => void;
};

/** One queue item: a checkbox for bulk actions, the link that j/k move between, and the row's own actions. */
export const QueueRow = forwardRef<HTMLAnchorElement, Props>(function QueueRow(props, ref) {
  const { item, href, active, selected, currentUserId, canTriage, canAssign, busy } = props;
  const t = useTranslations("queue");
  const tInbox = useTranslations("inbox");
  const now = useNow({ updateInterval: 60_000 });
  // The SLA clock runs only while someone waits for an answer (the same rule as lib/sla/state.ts).
  const sla = item.status === "open" || item.status === "pending" ? slaState(item.slaDueAt, now) : "none";
  const contact = item.contact.displayName;
  const mine = item.assigneeId === currentUserId;
  const triage = canTriage && item.triageable;
  return (
    <li
      className={cn("flex flex-wrap items-start gap-3 border-b px-3 py-2", active && "bg-accent/60")}
      data-active={active || undefined}
    >
      <input
        type="checkbox"
        className="mt-1 size-4 accent-primary"
        checked={selected}
        onChange={(e) => props.onSelect(e.target.checked)}
        aria-label={t("select", { contact })}
        disabled={!canTriage}
      />
      <div className="min-w-0 flex-1">
        <Link
          ref={ref}
          href={href}
          onFocus={props.onFocus}
          className="block rounded-sm outline-ring focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          <span className="font-medium">{contact}</span>{" "}
          <span className="text-xs text-muted-foreground">
            {item.contact.handle} · {tInbox(`kinds.${item.kind}`)}
          </span>
          <span className="line-clamp-2 text-sm">{item.preview}</span>
        </Link>
        <div className="mt-1 flex flex-wrap items-center gap-1 text-xs">
          <Badge variant={PRIORITY_VARIANT[item.priority]}>{tInbox(`priorities.${item.priority}`)}</Badge>
          <Badge variant="outline">{tInbox(`categories.${item.category}`)}</Badge>
          {item.status !== "open" ? <Badge variant="secondary">{tInbox(`statuses.${item.status}`)}</Badge> : null}
          {sla !== "none" ? <Badge variant={SLA_VARIANT[sla]}>{t(`sla.${sla}`)}</Badge> : null}
          {item.contact.labels.map((l) => (
            <Badge key={l} variant="outline">
              {t(`filters.tags.${l}` as never)}
            </Badge>
          ))}
          <span className="text-muted-foreground">
            {item.identity?.displayName ?? "—"} · {item.assigneeName ?? tInbox("unassigned")}
          </span>
        </div>
      </div>
      {triage ? (
        <div className="flex flex-wrap gap-1">
          {mine ? (
            <Button
              size="sm"
              variant="ghost"
              disabled={busy}
              onClick={props.onUnassign}
              aria-label={t("unassignLabel", { contact })}
            >
              {t("unassign")}
            </Button>
          ) : !item.assigneeId || canAssign ? (
            <Button
              size="sm"
              variant="ghost"
              disabled={busy}
              onClick={props.onAssignMe}
              aria-label={t("assignMeLabel", { contact })}
            >
              {t("assignMe")}
            </Button>
          ) : null}
          {item.status !== "resolved" ? (
            <Button
              size="sm"
              variant="outline"
              disabled={busy}
              onClick={props.onResolve}
              aria-label={tInbox("resolveLabel", { contact })}
            >
              {tInbox("resolve")}
            </Button>
          ) : null}
          {item.status !== "snoozed" && item.status !== "resolved" ? (
            <Button
              size="sm"
              variant="ghost"
              disabled={busy}
              onClick={props.onSnooze}
              aria-label={t("snoozeLabel", { contact })}
            >
              {t("snooze.action")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
});
