"use client";

import Link from "next/link";
import { CircleHelp, MessageCircle, ThumbsDown, ThumbsUp } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { forwardRef } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { NameContext } from "@/components/ui/name-context";
import { TableCell, TableRow } from "@/components/ui/table";
import type { QueueRowItem } from "@/lib/inbox/queries";
import { SlaBadge } from "@/components/sla/sla-badge";
import { slaState } from "@/lib/sla/state";
import { cn } from "@/lib/utils";

const PRIORITY_VARIANT = { urgent: "destructive", high: "warning", normal: "secondary", low: "outline" } as const;
const CATEGORY_VARIANT = { praise: "success", criticism: "outline", question: "default", other: "outline" } as const;
const CATEGORY_ICON = { praise: ThumbsUp, criticism: ThumbsDown, question: CircleHelp, other: MessageCircle } as const;
// Criticism is a kind of message, not an alarm: its own hue, so it never reads like the red "SLA overdue" (issue 6).
const CRITICISM =
  "border-fuchsia-700/30 bg-fuchsia-50 text-fuchsia-800 dark:border-fuchsia-300/30 dark:bg-fuchsia-950 dark:text-fuchsia-200";

type Props = {
  item: QueueRowItem;
  href: string;
  timeZone: string;
  active: boolean;
  selected: boolean;
  currentUserId: string;
  canTriage: boolean;
  canAssign: boolean;
  busy: boolean;
  onFocus: () => void;
  onSelect: (selected: boolean) => void;
  onAssign: (assigneeId: string | null) => void;
  onStatus: (status: "resolved" | "open") => void;
  onSnooze: () => void;
};

/** One queue item: a checkbox for bulk actions, the link that j/k move between, and the row's own actions. */
export const QueueRow = forwardRef<HTMLAnchorElement, Props>(function QueueRow(props, ref) {
  const { item, href, timeZone, active, selected, currentUserId, canTriage, canAssign, busy } = props;
  const t = useTranslations("queue");
  const tInbox = useTranslations("inbox");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  // The SLA clock runs only while someone waits for an answer; one rule with the filter (lib/sla/state.ts).
  const sla =
    (item.status === "open" || item.status === "pending") && item.waitingSince ? slaState(item.slaDueAt, now) : "none";
  const contact = item.contact.displayName;
  const triage = canTriage && item.triageable;
  const CategoryIcon = CATEGORY_ICON[item.category];
  const lastActivity = new Date(item.lastMessageAt);
  // Which conversation a row's button acts on, after its visible text (see NameContext).
  const rowContext = <NameContext>{t("rowContext", { contact })}</NameContext>;
  return (
    <TableRow
      data-state={selected ? "selected" : undefined}
      className={cn(active && "shadow-[inset_3px_0_0_var(--color-primary)]")}
    >
      <TableCell className="w-8">
        {canTriage ? (
          <input
            type="checkbox"
            className="size-4 accent-primary"
            checked={selected}
            onChange={(e) => props.onSelect(e.target.checked)}
            aria-label={t("select", { contact })}
          />
        ) : null}
      </TableCell>
      <TableCell className="min-w-56 max-w-md whitespace-normal">
        <Link
          ref={ref}
          href={href}
          onFocus={props.onFocus}
          className="block rounded-sm outline-ring focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          <span className="font-medium">{contact}</span>{" "}
          <span className="text-xs text-muted-foreground">
            {item.contact.handle} · {tPlatform(item.channel.platform)} · {tInbox(`kinds.${item.kind}`)}
          </span>
          <span className="line-clamp-2 underline-offset-2 hover:underline">{item.preview}</span>
        </Link>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        <div>
          {item.identity ? (
            <>
              {item.identity.displayName}{" "}
              <span className="text-xs text-muted-foreground">({tInbox(`identityKinds.${item.identity.kind}`)})</span>
            </>
          ) : (
            "—"
          )}
        </div>
        <div className="text-xs text-muted-foreground">{item.assigneeName ?? tInbox("unassigned")}</div>
      </TableCell>
      <TableCell>
        <div className="flex flex-wrap gap-1">
          <Badge
            variant={CATEGORY_VARIANT[item.category]}
            className={item.category === "criticism" ? CRITICISM : undefined}
          >
            <CategoryIcon aria-hidden />
            {tInbox(`categories.${item.category}`)}
          </Badge>
          <Badge variant={PRIORITY_VARIANT[item.priority]}>{tInbox(`priorities.${item.priority}`)}</Badge>
          {item.status !== "open" ? <Badge variant="secondary">{tInbox(`statuses.${item.status}`)}</Badge> : null}
          {item.contact.labels.map((l) => (
            <Badge key={l} variant="outline">
              {t(`filters.tags.${l}` as never)}
            </Badge>
          ))}
        </div>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        <div className="flex flex-col items-start gap-1">
          <time
            dateTime={item.lastMessageAt}
            title={format.dateTime(lastActivity, { dateStyle: "medium", timeStyle: "short", timeZone })}
            suppressHydrationWarning
          >
            {format.relativeTime(lastActivity, now)}
          </time>
          {sla === "none" ? null : <SlaBadge dueAt={item.slaDueAt} timeZone={timeZone} />}
        </div>
      </TableCell>
      {canTriage ? (
        // Pinned to the right edge: on a phone the table scrolls sideways and the actions must stay in reach.
        <TableCell className="sticky right-0 bg-background shadow-[-8px_0_8px_-8px_rgb(0_0_0/0.15)]">
          {triage ? (
            <div className="flex gap-1">
              {item.assigneeId === currentUserId ? (
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => props.onAssign(null)}>
                  {t("unassign")}
                  {rowContext}
                </Button>
              ) : !item.assigneeId || canAssign ? (
                <Button size="sm" variant="ghost" disabled={busy} onClick={() => props.onAssign(currentUserId)}>
                  {t("assignMe")}
                  {rowContext}
                </Button>
              ) : null}
              {item.status !== "snoozed" && item.status !== "resolved" ? (
                <Button size="sm" variant="ghost" disabled={busy} onClick={props.onSnooze}>
                  {t("snooze.action")}
                  {rowContext}
                </Button>
              ) : null}
              <Button
                size="sm"
                variant="outline"
                disabled={busy}
                onClick={() => props.onStatus(item.status === "resolved" ? "open" : "resolved")}
              >
                {tInbox(item.status === "resolved" ? "reopen" : "resolve")}
                {rowContext}
              </Button>
            </div>
          ) : null}
        </TableCell>
      ) : null}
    </TableRow>
  );
});
