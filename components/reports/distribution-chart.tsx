"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { HatchPattern } from "@/components/ui/hatch-pattern";
import type { DistributionPoint } from "@/lib/reports/distribution";

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/**
 * Share of each voice's responses per range, brand and personas side by side. Brand bars are filled, persona bars
 * hatched, and every bar carries its value, so the two differ by more than colour. Shares rather than counts: the
 * brand usually answers far more often, and the shape is what compares.
 */
export default function DistributionChart({ points }: { points: DistributionPoint[] }) {
  const t = useTranslations("reports");
  const config = {
    brand: { label: t("kinds.brand"), color: "var(--chart-1)" },
    persona: { label: t("kinds.persona"), color: "var(--chart-2)", hatch: true },
  } satisfies ChartConfig;
  const data = points.map((p) => ({
    range: t(`distribution.ranges.${p.range}`),
    brand: percent(p.brandShare),
    persona: percent(p.personaShare),
  }));
  return (
    <ChartContainer
      config={config}
      legend
      className="h-72 w-full print:h-64"
      role="img"
      aria-label={t("distribution.chartLabel")}
    >
      <BarChart data={data} accessibilityLayer margin={{ top: 20 }}>
        <defs>
          <HatchPattern id="distribution-persona-hatch" color="var(--color-persona)" />
        </defs>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="range" tickLine={false} axisLine={false} interval={0} />
        <YAxis tickLine={false} axisLine={false} width={44} unit=" %" />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Bar isAnimationActive={false} dataKey="brand" fill="var(--color-brand)" radius={2}>
          <LabelList dataKey="brand" position="top" className="fill-foreground" formatter={label} />
        </Bar>
        <Bar
          isAnimationActive={false}
          dataKey="persona"
          fill="url(#distribution-persona-hatch)"
          stroke="var(--color-persona)"
          radius={2}
        >
          <LabelList dataKey="persona" position="top" className="fill-foreground" formatter={label} />
        </Bar>
      </BarChart>
    </ChartContainer>
  );
}

function label(value: unknown) {
  return typeof value === "number" ? `${value}` : "";
}
