"use client";

import { useTranslations } from "next-intl";
import type { ChartConfig } from "@/components/ui/chart";
import { PeriodLineChart } from "./period-line-chart";

export type SeriesPoint = {
  period: string;
  brandMedian: number | null;
  personaMedian: number | null;
  brandP90: number | null;
  personaP90: number | null;
};

const minutes = (s: number | null) => (s === null ? null : Math.round((s / 60) * 10) / 10);
const PERSONA_DASH = "6 4";

/**
 * Median and p90 per period, brand vs persona. Brand lines are solid, persona lines dashed, and each line is
 * labelled in the key, so the two voices differ by more than colour; medians thick, p90 thin. Clicking a period
 * opens its conversations (`drill`: period → URL).
 */
export default function SeriesChart({ points, drill }: { points: SeriesPoint[]; drill?: Record<string, string> }) {
  const t = useTranslations("reports");
  const config = {
    brandMedian: { label: `${t("kinds.brand")} · ${t("columns.median")}`, color: "var(--chart-1)", dash: "" },
    personaMedian: {
      label: `${t("kinds.persona")} · ${t("columns.median")}`,
      color: "var(--chart-2)",
      dash: PERSONA_DASH,
    },
    brandP90: { label: `${t("kinds.brand")} · ${t("columns.p90")}`, color: "var(--chart-3)", dash: "" },
    personaP90: { label: `${t("kinds.persona")} · ${t("columns.p90")}`, color: "var(--chart-4)", dash: PERSONA_DASH },
  } satisfies ChartConfig;
  const data = points.map((p) => ({
    period: p.period,
    brandMedian: minutes(p.brandMedian),
    personaMedian: minutes(p.personaMedian),
    brandP90: minutes(p.brandP90),
    personaP90: minutes(p.personaP90),
  }));
  return (
    <PeriodLineChart
      config={config}
      data={data}
      label={t("overTimeChartLabel")}
      strokeWidth={{ brandP90: 1, personaP90: 1 }}
      yAxis={{ width: 64, unit: " min" }}
      drill={drill}
    />
  );
}
