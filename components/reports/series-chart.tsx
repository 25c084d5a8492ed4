"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { Duration } from "@/components/common/duration";
import { Button } from "@/components/ui/button";
import {
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

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
 * labelled in the legend, so the two voices differ by more than colour. A table view shows the same numbers.
 */
export default function SeriesChart({ points }: { points: SeriesPoint[] }) {
  const t = useTranslations("reports");
  const [view, setView] = useState<"chart" | "table">("chart");
  const config = {
    brandMedian: { label: `${t("kinds.brand")} · ${t("columns.median")}`, color: "var(--chart-1)" },
    personaMedian: { label: `${t("kinds.persona")} · ${t("columns.median")}`, color: "var(--chart-2)" },
    brandP90: { label: `${t("kinds.brand")} · ${t("columns.p90")}`, color: "var(--chart-3)" },
    personaP90: { label: `${t("kinds.persona")} · ${t("columns.p90")}`, color: "var(--chart-4)" },
  } satisfies ChartConfig;
  const data = points.map((p) => ({
    period: p.period,
    brandMedian: minutes(p.brandMedian),
    personaMedian: minutes(p.personaMedian),
    brandP90: minutes(p.brandP90),
    personaP90: minutes(p.personaP90),
  }));
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="outline"
        size="sm"
        className="self-end print:hidden"
        onClick={() => setView(view === "chart" ? "table" : "chart")}
        aria-pressed={view === "table"}
      >
        {view === "chart" ? t("showTable") : t("showChart")}
      </Button>
      {view === "chart" ? (
        <ChartContainer config={config} className="h-72 w-full" role="img" aria-label={t("overTimeChartLabel")}>
          <LineChart data={data} accessibilityLayer>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="period" tickLine={false} axisLine={false} minTickGap={24} />
            <YAxis tickLine={false} axisLine={false} width={48} unit=" min" />
            <ChartTooltip content={<ChartTooltipContent />} />
            <ChartLegend content={<ChartLegendContent />} />
            <Line dataKey="brandMedian" stroke="var(--color-brandMedian)" strokeWidth={2} dot={false} connectNulls />
            <Line
              dataKey="personaMedian"
              stroke="var(--color-personaMedian)"
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              connectNulls
            />
            <Line dataKey="brandP90" stroke="var(--color-brandP90)" strokeWidth={1} dot={false} connectNulls />
            <Line
              dataKey="personaP90"
              stroke="var(--color-personaP90)"
              strokeWidth={1}
              strokeDasharray="6 4"
              dot={false}
              connectNulls
            />
          </LineChart>
        </ChartContainer>
      ) : (
        <Table scrollLabel={t("overTime")}>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("period")}</TableHead>
              {(["brandMedian", "personaMedian", "brandP90", "personaP90"] as const).map((k) => (
                <TableHead key={k} scope="col">
                  {config[k].label}
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((p) => (
              <TableRow key={p.period}>
                <TableHead scope="row">{p.period}</TableHead>
                <TableCell>
                  <Duration seconds={p.brandMedian} />
                </TableCell>
                <TableCell>
                  <Duration seconds={p.personaMedian} />
                </TableCell>
                <TableCell>
                  <Duration seconds={p.brandP90} />
                </TableCell>
                <TableCell>
                  <Duration seconds={p.personaP90} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
