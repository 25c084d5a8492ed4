"use client";

import Link from "next/link";
import { AlarmClock, CircleHelp, Clock, MessageCircle, ThumbsDown, ThumbsUp } from "lucide-react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import type { ConversationListItem } from "@/db/queries/conversations";
import type { ConversationStatus } from "@/db/schema/enums";
import type { Jsonify } from "@/lib/jsonify";

const PRIORITY_VARIANT = { urgent: "destructive", high: "warning", normal: "secondary", low: "outline" } as const;
const CATEGORY_VARIANT = { praise: "success", criticism: "outline", question: "default", other: "outline" } as const;
const CATEGORY_ICON = { praise: ThumbsUp, criticism: ThumbsDown, question: CircleHelp, other: MessageCircle } as const;
// Criticism is a kind of message, not an alarm: its own hue, so it never reads like the red "SLA overdue" (issue 6).
const CRITICISM =
  "border-fuchsia-700/30 bg-fuchsia-50 text-fuchsia-800 dark:border-fuchsia-300/30 dark:bg-fuchsia-950 dark:text-fuchsia-200";
/** Within this much of the deadline an open conversation is flagged as due soon. */
const DUE_SOON_MS = 30 * 60_000;

type Props = {
  item: Jsonify<ConversationListItem>;
  slug: string;
  timeZone: string;
  canChangeStatus: boolean;
  pending: boolean;
  onSetStatus: (status: ConversationStatus) => void;
};

export function ConversationRow({ item, slug, timeZone, canChangeStatus, pending, onSetStatus }: Props) {
  const t = useTranslations("inbox");
  const tPlatform = useTranslations("platforms");
  const format = useFormatter();
  const now = useNow({ updateInterval: 60_000 });
  // An SLA clock runs only while someone waits for an answer: never for snoozed or resolved conversations.
  const clockRunning =
    (item.status === "open" || item.status === "pending") && item.slaDueAt !== null && item.waitingSince !== null;
  const dueIn = clockRunning ? Date.parse(item.slaDueAt!) - now.getTime() : null;
  const CategoryIcon = CATEGORY_ICON[item.category];
  const lastActivity = new Date(item.lastMessageAt);
  const next: ConversationStatus = item.status === "resolved" ? "open" : "resolved";

  return (
    <TableRow>
      <TableCell className="whitespace-nowrap">
        <div className="font-medium">{item.contact.displayName}</div>
        <div className="text-xs text-muted-foreground">
          {item.contact.handle} · {tPlatform(item.channel.platform)} · {t(`kinds.${item.kind}`)}
        </div>
      </TableCell>
      <TableCell className="min-w-48 max-w-sm whitespace-normal">
        <Link href={`/w/${slug}/inbox/${item.id}`} className="line-clamp-2 underline-offset-2 hover:underline">
          {item.preview}
        </Link>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {item.identity ? (
          <div>
            {item.identity.displayName}{" "}
            <span className="text-xs text-muted-foreground">({t(`identityKinds.${item.identity.kind}`)})</span>
          </div>
        ) : (
          <div>—</div>
        )}
        <div className="text-xs text-muted-foreground">{item.assigneeName ?? t("unassigned")}</div>
      </TableCell>
      <TableCell>
        <div className="flex flex-wrap gap-1">
          <Badge
            variant={CATEGORY_VARIANT[item.category]}
            className={item.category === "criticism" ? CRITICISM : undefined}
          >
            <CategoryIcon aria-hidden />
            {t(`categories.${item.category}`)}
          </Badge>
          <Badge variant={PRIORITY_VARIANT[item.priority]}>{t(`priorities.${item.priority}`)}</Badge>
        </div>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        <div className="flex flex-col items-start gap-1">
          {/* "4 minutes ago" may read "5 minutes ago" by the time the browser hydrates: expected, not a bug. */}
          <time
            dateTime={item.lastMessageAt}
            title={format.dateTime(lastActivity, { dateStyle: "medium", timeStyle: "short", timeZone })}
            suppressHydrationWarning
          >
            {format.relativeTime(lastActivity, now)}
          </time>
          {dueIn !== null && dueIn < 0 ? (
            <Badge variant="destructive">
              <AlarmClock aria-hidden />
              {t("slaOverdue")}
            </Badge>
          ) : dueIn !== null && dueIn <= DUE_SOON_MS ? (
            <Badge variant="warning">
              <Clock aria-hidden />
              {/* A clock time, not "in 8 min": the server and the browser render a minute apart (hydration). */}
              {t("slaDueSoon", { time: format.dateTime(new Date(item.slaDueAt!), { timeStyle: "short", timeZone }) })}
            </Badge>
          ) : null}
        </div>
      </TableCell>
      {canChangeStatus ? (
        // Pinned to the right edge: on a phone the table scrolls sideways and the action must stay in reach.
        <TableCell className="sticky right-0 bg-background shadow-[-8px_0_8px_-8px_rgb(0_0_0/0.15)]">
          {item.triageable ? (
            <Button
              size="sm"
              variant="outline"
              disabled={pending}
              onClick={() => onSetStatus(next)}
              aria-label={t(next === "resolved" ? "resolveLabel" : "reopenLabel", {
                contact: item.contact.displayName,
              })}
            >
              {t(next === "resolved" ? "resolve" : "reopen")}
            </Button>
          ) : null}
        </TableCell>
      ) : null}
    </TableRow>
  );
}
