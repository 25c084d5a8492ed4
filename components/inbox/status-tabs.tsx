"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { CONVERSATION_STATUSES, type ConversationStatus } from "@/db/schema/enums";
import { cn } from "@/lib/utils";

/** Status filters as links (bookmarkable, work without JavaScript), counted from the database. */
export function StatusTabs({
  slug,
  status,
  counts,
}: {
  slug: string;
  status: ConversationStatus;
  counts: Partial<Record<ConversationStatus, number>>;
}) {
  const t = useTranslations("inbox");
  return (
    <nav aria-label={t("statusFilter")} className="mb-3 inline-flex rounded-lg bg-muted p-1">
      {CONVERSATION_STATUSES.map((s) => (
        <Link
          key={s}
          href={`/w/${slug}/inbox?status=${s}`}
          aria-current={s === status ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium outline-ring focus-visible:outline-2",
            s === status ? "bg-background text-foreground shadow-sm" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {t(`statuses.${s}`)} <span className="tabular-nums text-muted-foreground">{counts[s] ?? 0}</span>
        </Link>
      ))}
    </nav>
  );
}
