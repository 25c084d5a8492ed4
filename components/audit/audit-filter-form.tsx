"use client";

import Form from "next/form";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateSelect } from "@/components/forms/date-select";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import type { AuditFilterParams } from "@/lib/audit/schemas";
import { useAuditLabels } from "./use-audit-labels";

type Facets = { actions: string[]; objectTypes: string[]; actors: { id: string; name: string }[] };

const selectClass =
  "h-9 w-full rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50";

/** A GET form: the filters live in the URL (bookmarkable, and it works without JavaScript). */
export function AuditFilterForm({
  slug,
  filters,
  facets,
}: {
  slug: string;
  filters: AuditFilterParams;
  facets: Facets;
}) {
  const t = useTranslations("audit.filters");
  const labels = useAuditLabels();
  const action = `/w/${slug}/settings/audit`;
  // "channel." selects every channel.* action; offered for each group that occurs.
  const groups = [...new Set(facets.actions.map((a) => a.split(".")[0]!))];
  return (
    <Form action={action} aria-label={t("label")} className="mb-4 grid items-end gap-3 sm:grid-cols-2 xl:grid-cols-3">
      <div className="grid gap-1.5">
        <Label htmlFor="audit-actor">{t("actor")}</Label>
        <select id="audit-actor" name="actor" defaultValue={filters.actor ?? ""} className={selectClass}>
          <option value="">{t("anyActor")}</option>
          {facets.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-action">{t("action")}</Label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={selectClass}>
          <option value="">{t("anyAction")}</option>
          {groups.map((group) => (
            <optgroup key={group} label={labels.group(group)}>
              <option value={`${group}.`}>{t("allOf", { group: labels.group(group) })}</option>
              {facets.actions
                .filter((a) => a.startsWith(`${group}.`))
                .map((a) => (
                  <option key={a} value={a}>
                    {labels.action(a)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-object">{t("objectType")}</Label>
        <select id="audit-object" name="objectType" defaultValue={filters.objectType ?? ""} className={selectClass}>
          <option value="">{t("anyObject")}</option>
          {facets.objectTypes.map((type) => (
            <option key={type} value={type}>
              {labels.objectType(type)}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-1.5">
        <Label id="audit-from">{t("from")}</Label>
        <DateSelect name="from" labelledBy="audit-from" defaultValue={filters.from ?? ""} />
      </div>
      <div className="grid gap-1.5">
        <Label id="audit-to">{t("to")}</Label>
        <DateSelect name="to" labelledBy="audit-to" defaultValue={filters.to ?? ""} />
      </div>
      <div className="flex gap-2">
        <Button type="submit">{t("apply")}</Button>
        <Button variant="ghost" asChild>
          <Link href={action}>{t("reset")}</Link>
        </Button>
      </div>
    </Form>
  );
}
