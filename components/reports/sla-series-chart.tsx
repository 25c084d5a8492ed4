"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import type { SlaPoint } from "@/lib/reports/sla-series";
import { PRIORITY_ORDER } from "@/lib/reports/sla-series";

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
  const router = useRouter();
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
    <ChartContainer
      config={config}
      legend
      className={`h-72 w-full print:h-64 ${drill ? "[&_.recharts-surface]:cursor-pointer" : ""}`}
      role="img"
      aria-label={t("slaOverTime.chartLabel")}
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
        <YAxis tickLine={false} axisLine={false} width={48} unit=" %" domain={[0, 100]} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Line
          isAnimationActive={false}
          dataKey="overall"
          stroke="var(--color-overall)"
          strokeWidth={3}
          dot={false}
          connectNulls
        />
        {PRIORITY_ORDER.map((k) => (
          <Line
            isAnimationActive={false}
            key={k}
            dataKey={k}
            stroke={`var(--color-${k})`}
            strokeWidth={1}
            strokeDasharray={DASH[k]}
            dot={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ChartContainer>
  );
}
