import { getTranslations } from "next-intl/server";
import { Duration } from "@/components/common/duration";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { DistributionPoint } from "@/lib/reports/distribution";
import { PRIORITY_ORDER, type SlaPoint } from "@/lib/reports/sla-series";
import type { SeriesPoint } from "./series-chart";

const percent = (value: number | null | undefined) =>
  value === null || value === undefined ? "—" : `${(value * 100).toFixed(1)} %`;
const link = "underline underline-offset-4";

/** The over-time chart's figures; each period opens its conversations (drill-down). */
export async function SeriesTable({ points, drill }: { points: SeriesPoint[]; drill: Record<string, string> }) {
  const t = await getTranslations("reports");
  const columns = [
    ["brandMedian", `${t("kinds.brand")} · ${t("columns.median")}`],
    ["personaMedian", `${t("kinds.persona")} · ${t("columns.median")}`],
    ["brandP90", `${t("kinds.brand")} · ${t("columns.p90")}`],
    ["personaP90", `${t("kinds.persona")} · ${t("columns.p90")}`],
  ] as const;
  return (
    <Table scrollLabel={t("overTime")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("period")}</TableHead>
          {columns.map(([k, label]) => (
            <TableHead key={k} scope="col">
              {label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.period}>
            <TableHead scope="row">
              <a className={link} href={drill[p.period]} aria-label={t("drill.openPeriod", { period: p.period })}>
                {p.period}
              </a>
            </TableHead>
            {columns.map(([k]) => (
              <TableCell key={k}>
                <Duration seconds={p[k]} />
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** Responses per range, brand vs persona: counts and each voice's share. */
export async function DistributionTable({ points }: { points: DistributionPoint[] }) {
  const t = await getTranslations("reports");
  return (
    <Table scrollLabel={t("distribution.title")} data-testid="distribution-table">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("distribution.range")}</TableHead>
          <TableHead scope="col">{`${t("kinds.brand")} · ${t("columns.responses")}`}</TableHead>
          <TableHead scope="col">{`${t("kinds.brand")} · ${t("distribution.share")}`}</TableHead>
          <TableHead scope="col">{`${t("kinds.persona")} · ${t("columns.responses")}`}</TableHead>
          <TableHead scope="col">{`${t("kinds.persona")} · ${t("distribution.share")}`}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.range}>
            <TableHead scope="row">{t(`distribution.ranges.${p.range}`)}</TableHead>
            <TableCell className="tabular-nums">{p.brand}</TableCell>
            <TableCell className="tabular-nums">{percent(p.brandShare)}</TableCell>
            <TableCell className="tabular-nums">{p.persona}</TableCell>
            <TableCell className="tabular-nums">{percent(p.personaShare)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** SLA attainment per period, overall and per priority; the breached count opens those conversations. */
export async function SlaSeriesTable({
  points,
  breachedHref,
}: {
  points: SlaPoint[];
  breachedHref: Record<string, string>;
}) {
  const t = await getTranslations("reports");
  return (
    <Table scrollLabel={t("slaOverTime.title")} data-testid="sla-series-table">
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("period")}</TableHead>
          <TableHead scope="col">{t("columns.responses")}</TableHead>
          <TableHead scope="col">{t("slaOverTime.overall")}</TableHead>
          {PRIORITY_ORDER.map((k) => (
            <TableHead key={k} scope="col">
              {t(`priorities.${k}`)}
            </TableHead>
          ))}
          <TableHead scope="col">{t("slaOverTime.breached")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {points.map((p) => (
          <TableRow key={p.period}>
            <TableHead scope="row">{p.period}</TableHead>
            <TableCell className="tabular-nums">{p.responses}</TableCell>
            <TableCell className="tabular-nums">{percent(p.attainment)}</TableCell>
            {PRIORITY_ORDER.map((k) => (
              <TableCell key={k} className="tabular-nums">
                {percent(p.byPriority[k]?.attainment)}
              </TableCell>
            ))}
            <TableCell className="tabular-nums">
              {p.breached > 0 ? (
                <a
                  className={link}
                  href={breachedHref[p.period]}
                  aria-label={t("drill.openBreached", { count: p.breached, period: p.period })}
                >
                  {p.breached}
                </a>
              ) : (
                0
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
