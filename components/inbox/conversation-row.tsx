"use client";

import Link from "next/link";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import type { ConversationListItem } from "@/db/queries/conversations";
import type { ConversationStatus } from "@/db/schema/enums";
import type { Jsonify } from "@/lib/jsonify";

const PRIORITY_VARIANT = { urgent: "destructive", high: "warning", normal: "secondary", low: "outline" } as const;
const CATEGORY_VARIANT = {
  praise: "success",
  criticism: "destructive",
  question: "default",
  other: "outline",
} as const;

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
  const overdue = item.slaDueAt !== null && item.waitingSince !== null && Date.parse(item.slaDueAt) < now.getTime();
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
          <Badge variant={CATEGORY_VARIANT[item.category]}>{t(`categories.${item.category}`)}</Badge>
          <Badge variant={PRIORITY_VARIANT[item.priority]}>{t(`priorities.${item.priority}`)}</Badge>
        </div>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        <div className="flex flex-col items-start gap-1">
          <time
            dateTime={item.lastMessageAt}
            title={format.dateTime(lastActivity, { dateStyle: "medium", timeStyle: "short", timeZone })}
          >
            {format.relativeTime(lastActivity, now)}
          </time>
          {overdue ? <Badge variant="destructive">{t("slaOverdue")}</Badge> : null}
        </div>
      </TableCell>
      {canChangeStatus ? (
        <TableCell>
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
