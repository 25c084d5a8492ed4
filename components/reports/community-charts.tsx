"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, ComposedChart, Line, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";
import { HatchPattern } from "@/components/ui/hatch-pattern";
import type { CategoryMixRow } from "@/db/queries/reports-community";
import type { IdentityEngagement } from "@/db/queries/reports-engagement";
import type { VolumeRow } from "@/db/queries/reports-volume";

export function VolumeChart({ rows }: { rows: VolumeRow[] }) {
  const t = useTranslations("reportsCommunity");
  const config = {
    inbound: { label: t("columns.inbound"), color: "var(--chart-3)" },
    answeredBrand: { label: t("columns.answeredBrand"), color: "var(--chart-1)" },
    answeredPersona: { label: t("columns.answeredPersona"), color: "var(--chart-2)", hatch: true },
    backlog: { label: t("columns.backlog"), color: "var(--chart-5)", dash: "2 3" },
  } satisfies ChartConfig;
  return (
    <ChartContainer config={config} legend className="h-72 w-full" role="img" aria-label={t("volumeChartLabel")}>
      <ComposedChart data={rows} accessibilityLayer>
        <defs>
          <HatchPattern id="volume-persona-hatch" color="var(--color-answeredPersona)" />
        </defs>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="period" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={40} allowDecimals={false} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Bar isAnimationActive={false} dataKey="inbound" fill="var(--color-inbound)" radius={2} />
        <Bar isAnimationActive={false} dataKey="answeredBrand" stackId="answered" fill="var(--color-answeredBrand)" />
        <Bar
          isAnimationActive={false}
          dataKey="answeredPersona"
          stackId="answered"
          fill="url(#volume-persona-hatch)"
          stroke="var(--color-answeredPersona)"
        />
        <Line
          isAnimationActive={false}
          dataKey="backlog"
          stroke="var(--color-backlog)"
          strokeWidth={2}
          strokeDasharray="2 3"
          dot={false}
        />
      </ComposedChart>
    </ChartContainer>
  );
}

export function CategoryMixChart({ rows }: { rows: CategoryMixRow[] }) {
  const t = useTranslations("reports");
  const config = {
    praise: { label: t("categories.praise"), color: "var(--chart-2)" },
    criticism: { label: t("categories.criticism"), color: "var(--chart-5)" },
    question: { label: t("categories.question"), color: "var(--chart-1)" },
    other: { label: t("categories.other"), color: "var(--chart-3)" },
  } satisfies ChartConfig;
  const label = useTranslations("reportsCommunity")("mixChartLabel");
  return (
    <ChartContainer config={config} legend className="h-72 w-full" role="img" aria-label={label}>
      <BarChart data={rows} accessibilityLayer>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="period" tickLine={false} axisLine={false} minTickGap={24} />
        <YAxis tickLine={false} axisLine={false} width={40} allowDecimals={false} />
        <ChartTooltip content={<ChartTooltipContent />} />
        {(["praise", "criticism", "question", "other"] as const).map((c) => (
          <Bar isAnimationActive={false} key={c} dataKey={c} stackId="mix" fill={`var(--color-${c})`} />
        ))}
      </BarChart>
    </ChartContainer>
  );
}

export function EngagementChart({ rows }: { rows: IdentityEngagement[] }) {
  const t = useTranslations("reportsCommunity");
  const tr = useTranslations("reports");
  const config = {
    rate: { label: tr("columns.rate"), color: "var(--chart-1)" },
    persona: { label: tr("kinds.persona"), color: "var(--chart-2)" },
  } satisfies ChartConfig;
  const data = rows.map((r) => ({
    name: r.name,
    kind: r.kind,
    rate: r.rate === null ? 0 : Math.round(r.rate * 1000) / 10,
  }));
  return (
    <figure className="flex flex-col gap-1">
      <ChartContainer config={config} className="h-64 w-full" role="img" aria-label={t("engagementChartLabel")}>
        <BarChart data={data} accessibilityLayer>
          <defs>
            <HatchPattern id="engagement-persona-hatch" color="var(--color-persona)" />
          </defs>
          <CartesianGrid vertical={false} />
          <XAxis dataKey="name" tickLine={false} axisLine={false} interval={0} />
          <YAxis tickLine={false} axisLine={false} width={40} unit=" %" />
          <ChartTooltip content={<ChartTooltipContent />} />
          <Bar isAnimationActive={false} dataKey="rate" radius={2}>
            {data.map((d) => (
              <Cell
                key={d.name}
                fill={d.kind === "brand" ? "var(--color-rate)" : "url(#engagement-persona-hatch)"}
                stroke={d.kind === "brand" ? "var(--color-rate)" : "var(--color-persona)"}
              />
            ))}
          </Bar>
        </BarChart>
      </ChartContainer>
      <figcaption className="text-xs text-muted-foreground">{t("patternLegend")}</figcaption>
    </figure>
  );
}
