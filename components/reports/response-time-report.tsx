"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { Duration } from "@/components/common/duration";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import {
  ChartContainer,
  ChartLegend,
  ChartLegendContent,
  ChartTooltip,
  ChartTooltipContent,
  type ChartConfig,
} from "@/components/ui/chart";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ResponseTimeRow } from "@/db/queries/reports";

/** Median and p90 response time, brand vs persona, as a chart with an equivalent table view. */
export function ResponseTimeReport({ rows }: { rows: ResponseTimeRow[] }) {
  const t = useTranslations("reports");
  const tUnits = useTranslations("units");
  const [view, setView] = useState<"chart" | "table">("chart");
  const config = {
    median: { label: t("columns.median"), color: "var(--chart-1)" },
    p90: { label: t("columns.p90"), color: "var(--chart-2)" },
  } satisfies ChartConfig;
  const data = rows.map((r) => ({
    voice: t(`kinds.${r.identityKind}`),
    median: r.medianSeconds === null ? 0 : Math.round(r.medianSeconds / 60),
    p90: r.p90Seconds === null ? 0 : Math.round(r.p90Seconds / 60),
  }));

  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("responseTimes")}</h2>
        </CardTitle>
        <CardDescription>{t("responseTimesHint")}</CardDescription>
        <CardAction>
          <Button
            variant="outline"
            size="sm"
            onClick={() => setView(view === "chart" ? "table" : "chart")}
            aria-pressed={view === "table"}
          >
            {view === "chart" ? t("showTable") : t("showChart")}
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noData")}</p>
        ) : view === "chart" ? (
          <ChartContainer config={config} className="h-64 w-full" role="img" aria-label={t("chartLabel")}>
            <BarChart data={data} accessibilityLayer>
              <CartesianGrid vertical={false} />
              <XAxis dataKey="voice" tickLine={false} axisLine={false} />
              <YAxis
                tickLine={false}
                axisLine={false}
                tickFormatter={(minutes: number) => tUnits("minutes", { count: minutes })}
                width={64}
              />
              <ChartTooltip content={<ChartTooltipContent />} />
              <ChartLegend content={<ChartLegendContent />} />
              <Bar dataKey="median" fill="var(--color-median)" radius={4} />
              <Bar dataKey="p90" fill="var(--color-p90)" radius={4} />
            </BarChart>
          </ChartContainer>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.voice")}</TableHead>
                <TableHead className="text-right">{t("columns.responses")}</TableHead>
                <TableHead className="text-right">{t("columns.median")}</TableHead>
                <TableHead className="text-right">{t("columns.p90")}</TableHead>
                <TableHead className="text-right">{t("columns.firstMedian")}</TableHead>
                <TableHead className="text-right">{t("columns.sla")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.identityKind}>
                  <TableCell>{t(`kinds.${r.identityKind}`)}</TableCell>
                  <TableCell className="text-right tabular-nums">{r.responses}</TableCell>
                  <TableCell className="text-right">
                    <Duration seconds={r.medianSeconds} />
                  </TableCell>
                  <TableCell className="text-right">
                    <Duration seconds={r.p90Seconds} />
                  </TableCell>
                  <TableCell className="text-right">
                    <Duration seconds={r.firstMedianSeconds} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {r.slaAttainment === null ? "—" : t("percent", { value: r.slaAttainment })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
