import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { RANGE_PRESETS, type ReportParams } from "@/lib/reports/params";

type Option = { id: string; name: string };

const selectClass =
  "h-9 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/**
 * The report's view as a plain GET form: every choice lands in the URL (shareable, works without JavaScript,
 * native controls for keyboard and screen readers).
 */
export async function ReportFilters({
  params,
  identities,
  members,
}: {
  params: ReportParams;
  identities: Option[];
  members: Option[] | null;
}) {
  const t = await getTranslations("reports");
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-muted-foreground">
        {label}
      </label>
      {control}
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 print:hidden" aria-label={t("filters.label")}>
      {field(
        "report-range",
        t("filters.range"),
        <select id="report-range" name="range" defaultValue={params.range} className={selectClass}>
          {RANGE_PRESETS.map((r) => (
            <option key={r} value={r}>
              {t(`ranges.${r}`)}
            </option>
          ))}
        </select>,
      )}
      {field(
        "report-from",
        t("filters.from"),
        <input id="report-from" type="date" name="from" defaultValue={params.from} className={selectClass} />,
      )}
      {field(
        "report-to",
        t("filters.to"),
        <input id="report-to" type="date" name="to" defaultValue={params.to} className={selectClass} />,
      )}
      {field(
        "report-hours",
        t("filters.hours"),
        <select id="report-hours" name="hours" defaultValue={params.hours} className={selectClass}>
          <option value="calendar">{t("hours.calendar")}</option>
          <option value="business">{t("hours.business")}</option>
        </select>,
      )}
      {field(
        "report-kind",
        t("filters.kind"),
        <select id="report-kind" name="kind" defaultValue={params.kind ?? ""} className={selectClass}>
          <option value="">{t("filters.all")}</option>
          <option value="brand">{t("kinds.brand")}</option>
          <option value="persona">{t("kinds.persona")}</option>
        </select>,
      )}
      {field(
        "report-identity",
        t("filters.identity"),
        <select id="report-identity" name="identity" defaultValue={params.identity ?? ""} className={selectClass}>
          <option value="">{t("filters.all")}</option>
          {identities.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>,
      )}
      {field(
        "report-category",
        t("filters.category"),
        <select id="report-category" name="category" defaultValue={params.category ?? ""} className={selectClass}>
          <option value="">{t("filters.all")}</option>
          {(["praise", "criticism", "question", "other"] as const).map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </select>,
      )}
      {members &&
        field(
          "report-member",
          t("filters.member"),
          <select id="report-member" name="member" defaultValue={params.member ?? ""} className={selectClass}>
            <option value="">{t("filters.all")}</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>,
        )}
      <div className="flex items-center gap-2 pb-2">
        <input id="report-compare" type="checkbox" name="compare" value="1" defaultChecked={params.compare === "1"} />
        <label htmlFor="report-compare" className="text-sm">
          {t("filters.compare")}
        </label>
      </div>
      <Button type="submit" size="sm">
        {t("filters.apply")}
      </Button>
    </form>
  );
}
