"use client";

import { useTranslations } from "next-intl";
import { selectClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { CATEGORIES, PRIORITIES } from "@/db/schema/enum-values";
import type { QueueOptions } from "@/db/queries/queue-options";
import type { BulkChange } from "@/db/queries/queue-bulk";
import { CONTACT_TAGS } from "@/lib/inbox/filters";

type Props = {
  count: number;
  members: QueueOptions["members"];
  currentUserId: string;
  canAssign: boolean;
  pending: boolean;
  onApply: (change: BulkChange) => void;
  onClear: () => void;
};

/** Actions on the selected rows; each select applies its choice at once (and resets, ready for the next). */
export function BulkBar({ count, members, currentUserId, canAssign, pending, onApply, onClear }: Props) {
  const t = useTranslations("queue.bulk");
  const tInbox = useTranslations("inbox");
  const tTags = useTranslations("queue.filters.tags");
  const assignable = canAssign ? members : members.filter((m) => m.id === currentUserId);
  const selects = [
    {
      key: "assign",
      options: [
        ...assignable.map((m) => ({ value: m.id, label: m.name })),
        ...(canAssign ? [{ value: "none", label: t("nobody") }] : []),
      ],
      apply: (v: string) => onApply({ type: "assign", assigneeId: v === "none" ? null : v }),
    },
    {
      key: "tag",
      options: CONTACT_TAGS.map((v) => ({ value: v, label: tTags(v) })),
      apply: (v: string) => onApply({ type: "tag", tag: v as (typeof CONTACT_TAGS)[number] }),
    },
    {
      key: "category",
      options: CATEGORIES.map((v) => ({ value: v, label: tInbox(`categories.${v}`) })),
      apply: (v: string) => onApply({ type: "categorise", category: v as (typeof CATEGORIES)[number] }),
    },
    {
      key: "priority",
      options: PRIORITIES.map((v) => ({ value: v, label: tInbox(`priorities.${v}`) })),
      apply: (v: string) => onApply({ type: "priority", priority: v as (typeof PRIORITIES)[number] }),
    },
  ];
  return (
    <div
      role="region"
      aria-label={t("label")}
      className="flex flex-wrap items-end gap-3 rounded-lg border bg-muted/40 p-3"
    >
      <p className="self-center text-sm font-medium" aria-live="polite">
        {t("selected", { count })}
      </p>
      {selects.map((s) => (
        <div key={s.key} className="grid gap-1">
          <Label htmlFor={`bulk-${s.key}`}>{t(s.key as "assign")}</Label>
          <select
            id={`bulk-${s.key}`}
            className={selectClass}
            value=""
            disabled={pending}
            onChange={(e) => e.target.value && s.apply(e.target.value)}
          >
            <option value="">{t("choose")}</option>
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <Button type="button" disabled={pending} onClick={() => onApply({ type: "resolve" })}>
        {t("resolve")}
      </Button>
      <Button type="button" variant="ghost" onClick={onClear}>
        {t("clear")}
      </Button>
    </div>
  );
}
