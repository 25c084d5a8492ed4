"use client";

import { useTranslations } from "next-intl";
import type { ChartConfig } from "@/components/ui/chart";
import type { SlaPoint } from "@/lib/reports/sla-series";
import { PRIORITY_ORDER } from "@/lib/reports/sla-series";
import { PeriodLineChart } from "./period-line-chart";

const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? null : Math.round(share * 1000) / 10;
// Each priority its own dash pattern, so the lines differ by more than colour.
const DASH = { urgent: "2 3", high: "6 3", normal: "10 4 2 4", low: "1 6" } as const;

/**
 * SLA attainment per period: all responses (thick) and each priority (thin, dashed differently). Clicking a
 * period opens the conversations that breached their target in it (`drill`: period → URL).
 */
export default function SlaSeriesChart({ points, drill }: { points: SlaPoint[]; drill?: Record<string, string> }) {
  const t = useTranslations("reports");
  const config = {
    overall: { label: t("slaOverTime.overall"), color: "var(--chart-1)", dash: "" },
    urgent: { label: t("priorities.urgent"), color: "var(--chart-5)", dash: DASH.urgent },
    high: { label: t("priorities.high"), color: "var(--chart-4)", dash: DASH.high },
    normal: { label: t("priorities.normal"), color: "var(--chart-2)", dash: DASH.normal },
    low: { label: t("priorities.low"), color: "var(--chart-3)", dash: DASH.low },
  } satisfies ChartConfig;
  const data = points.map((p) => ({
    period: p.period,
    overall: percent(p.attainment),
    ...Object.fromEntries(PRIORITY_ORDER.map((k) => [k, percent(p.byPriority[k]?.attainment)])),
  }));
  return (
    <PeriodLineChart
      config={config}
      data={data}
      label={t("slaOverTime.chartLabel")}
      strokeWidth={{ overall: 3, ...Object.fromEntries(PRIORITY_ORDER.map((k) => [k, 1])) }}
      yAxis={{ width: 48, unit: " %", domain: [0, 100] }}
      drill={drill}
    />
  );
}
