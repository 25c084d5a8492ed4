"use client";

import { AlertTriangle, ArrowDown, ArrowUp, Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ChannelOption, RuleItem } from "./routing-types";
import type { useRoutingMutations } from "./use-routing-mutations";

type Props = {
  item: RuleItem;
  first: boolean;
  last: boolean;
  channels: ChannelOption[];
  mutations: ReturnType<typeof useRoutingMutations>;
  onEdit: () => void;
};

/** One rule: what it matches, where it sends, and its controls (move, on/off, edit, delete). */
export function RoutingRuleCard({ item, first, last, channels, mutations, onEdit }: Props) {
  const t = useTranslations("routing");
  const tInbox = useTranslations("inbox");
  const tLabels = useTranslations("conversation.contact.labels");
  const { rule } = item;
  const ref = { ruleId: rule.id, version: rule.version };
  const join = (values: string[]) => values.join(` ${t("or")} `);
  const conditions = [
    rule.categories.length
      ? t("conditions.categories", { values: join(rule.categories.map((c) => tInbox(`categories.${c}`))) })
      : null,
    rule.kinds.length ? t("conditions.kinds", { values: join(rule.kinds.map((k) => tInbox(`kinds.${k}`))) }) : null,
    rule.channelIds.length
      ? t("conditions.channels", {
          values: join(rule.channelIds.map((id) => channels.find((c) => c.id === id)?.label ?? id)),
        })
      : null,
    rule.keywords.length ? t("conditions.keywords", { values: join(rule.keywords.map((k) => `“${k}”`)) }) : null,
    rule.contactLabels.length
      ? t("conditions.contactLabels", {
          values: join(rule.contactLabels.map((l) => tLabels(l as "fan" | "critic" | "vip"))),
        })
      : null,
  ].filter((c): c is string => c !== null);
  const target = rule.target === "identity" ? (item.targetName ?? "") : t(`targets.${rule.target}`);
  const extras = [
    item.assigneeName ? t("assigns", { name: item.assigneeName }) : null,
    rule.priority ? t("setsPriority", { priority: tInbox(`priorities.${rule.priority}`) }) : null,
  ].filter(Boolean);
  const busy = mutations.move.isPending || mutations.toggle.isPending || mutations.remove.isPending;

  return (
    <li className="grid gap-2 rounded-lg border p-3" aria-label={rule.name}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-medium">
            <span className="text-muted-foreground">{t("position", { position: rule.position })} · </span>
            {rule.name} {!rule.enabled ? <Badge variant="outline">{t("disabledBadge")}</Badge> : null}
          </p>
          <p className="text-sm">
            <span className="text-muted-foreground">{t("when")} </span>
            {conditions.length ? conditions.join("; ") : t("anyMessage")}
          </p>
          <p className="text-sm">
            <span className="text-muted-foreground">{t("then")} </span>
            {[target, ...extras].join(", ")}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <label className="mr-2 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              className="size-4 accent-primary"
              checked={rule.enabled}
              disabled={busy}
              aria-label={t("actions.toggle", { name: rule.name })}
              onChange={(e) => mutations.toggle.mutate({ ...ref, enabled: e.target.checked })}
            />
            <span aria-hidden>{t("actions.enabled")}</span>
          </label>
          <Button
            size="icon"
            variant="outline"
            disabled={first || busy}
            aria-label={t("actions.moveUp", { name: rule.name })}
            onClick={() => mutations.move.mutate({ ...ref, direction: "up" })}
          >
            <ArrowUp aria-hidden className="size-4" />
          </Button>
          <Button
            size="icon"
            variant="outline"
            disabled={last || busy}
            aria-label={t("actions.moveDown", { name: rule.name })}
            onClick={() => mutations.move.mutate({ ...ref, direction: "down" })}
          >
            <ArrowDown aria-hidden className="size-4" />
          </Button>
          <Button size="sm" variant="outline" aria-label={t("actions.editRule", { name: rule.name })} onClick={onEdit}>
            <Pencil aria-hidden className="size-4" />
            {t("actions.edit")}
          </Button>
          <Button
            size="sm"
            variant="outline"
            disabled={busy}
            aria-label={t("actions.deleteRule", { name: rule.name })}
            onClick={() => {
              if (window.confirm(t("actions.confirmDelete", { name: rule.name }))) mutations.remove.mutate(ref);
            }}
          >
            <Trash2 aria-hidden className="size-4" />
            {t("actions.delete")}
          </Button>
        </div>
      </div>
      {item.targetRetired ? (
        <p
          role="status"
          className="flex items-start gap-2 rounded-md border border-amber-600/40 bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
          {t("retiredWarning", { name: item.targetName ?? "" })}
        </p>
      ) : null}
    </li>
  );
}
