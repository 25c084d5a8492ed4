"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";

export type SeriesPoint = {
  period: string;
  brandMedian: number | null;
  personaMedian: number | null;
  brandP90: number | null;
  personaP90: number | null;
};

const minutes = (s: number | null) => (s === null ? null : Math.round((s / 60) * 10) / 10);

/**
 * Median and p90 per period, brand vs persona. Brand lines are solid, persona lines dashed, and each line is
 * labelled in the legend, so the two voices differ by more than colour. Clicking a period opens its
 * conversations (`drill`: period → URL); the table view (ChartOrTable) links the same pages for the keyboard.
 */
export default function SeriesChart({ points, drill }: { points: SeriesPoint[]; drill?: Record<string, string> }) {
  const t = useTranslations("reports");
  const router = useRouter();
  const config = {
    brandMedian: { label: `${t("kinds.brand")} · ${t("columns.median")}`, color: "var(--chart-1)", dash: "" },
    personaMedian: { label: `${t("kinds.persona")} · ${t("columns.median")}`, color: "var(--chart-2)", dash: "6 4" },
    brandP90: { label: `${t("kinds.brand")} · ${t("columns.p90")}`, color: "var(--chart-3)", dash: "" },
    personaP90: { label: `${t("kinds.persona")} · ${t("columns.p90")}`, color: "var(--chart-4)", dash: "6 4" },
  } satisfies ChartConfig;
  const data = points.map((p) => ({
    period: p.period,
    brandMedian: minutes(p.brandMedian),
    personaMedian: minutes(p.personaMedian),
    brandP90: minutes(p.brandP90),
    personaP90: minutes(p.personaP90),
  }));
  return (
    <ChartContainer
      config={config}
      legend
      className={`h-72 w-full print:h-64 ${drill ? "[&_.recharts-surface]:cursor-pointer" : ""}`}
      role="img"
      aria-label={t("overTimeChartLabel")}
    >
      <LineChart
        data={data}
        accessibilityLayer
        onClick={(state) => {
          const period = data[Number(state.activeIndex)]?.period;
          const href = period ? drill?.[period] : undefined;
          if (href) router.push(href);
        }}
      >
        <CartesianGrid vertical={false} />
        <XAxis dataKey="period" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={64} unit=" min" />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Line
          isAnimationActive={false}
          dataKey="brandMedian"
          stroke="var(--color-brandMedian)"
          strokeWidth={2}
          dot={false}
          connectNulls
        />
        <Line
          isAnimationActive={false}
          dataKey="personaMedian"
          stroke="var(--color-personaMedian)"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          connectNulls
        />
        <Line
          isAnimationActive={false}
          dataKey="brandP90"
          stroke="var(--color-brandP90)"
          strokeWidth={1}
          dot={false}
          connectNulls
        />
        <Line
          isAnimationActive={false}
          dataKey="personaP90"
          stroke="var(--color-personaP90)"
          strokeWidth={1}
          strokeDasharray="6 4"
          dot={false}
          connectNulls
        />
      </LineChart>
    </ChartContainer>
  );
}
