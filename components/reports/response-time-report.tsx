"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
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
import { durationParts } from "@/lib/format";

/** Log-scale ticks in minutes: 1 min … 1 week, so an 18-minute bar is not a sliver beside a 9-hour one. */
const TICKS = [1, 5, 15, 60, 240, 1440, 10080];

/** Median and p90 response time, brand vs persona, as a chart with an equivalent table view. */
export function ResponseTimeReport({ rows }: { rows: ResponseTimeRow[] }) {
  const t = useTranslations("reports");
  const tUnits = useTranslations("units");
  const [view, setView] = useState<"chart" | "table">("chart");
  const config = {
    median: { label: t("columns.median"), color: "var(--chart-1)" },
    p90: { label: t("columns.p90"), color: "var(--chart-2)" },
  } satisfies ChartConfig;
  // Minutes, at least 1 (a log scale has no zero); no data stays null and draws no bar.
  const minutes = (seconds: number | null) => (seconds === null ? null : Math.max(1, Math.round(seconds / 60)));
  const data = rows.map((r) => ({
    voice: t(`kinds.${r.identityKind}`),
    median: minutes(r.medianSeconds),
    p90: minutes(r.p90Seconds),
  }));
  // Headroom above the tallest bar for its label (a factor, on a log scale).
  const top = Math.max(60, ...data.flatMap((d) => [d.median ?? 0, d.p90 ?? 0])) * 2;
  /** "18 min", "2 h 3 min", "1 d 4 h": the same words as the table view. */
  const duration = (value: unknown) => {
    if (typeof value !== "number") return "";
    const { days, hours, minutes: mins } = durationParts(value * 60);
    return [
      days ? tUnits("days", { count: days }) : null,
      hours ? tUnits("hours", { count: hours }) : null,
      !days && (mins || !hours) ? tUnits("minutes", { count: mins }) : null,
    ]
      .filter(Boolean)
      .join(" ");
  };

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
                scale="log"
                domain={[1, top]}
                ticks={TICKS.filter((tick) => tick <= top)}
                tickLine={false}
                axisLine={false}
                tickFormatter={duration}
                width={64}
              />
              <ChartTooltip content={<ChartTooltipContent valueFormatter={duration} />} />
              <ChartLegend content={<ChartLegendContent />} />
              <Bar dataKey="median" fill="var(--color-median)" radius={4} minPointSize={4}>
                <LabelList
                  dataKey="median"
                  position="top"
                  formatter={duration}
                  className="fill-foreground"
                  fontSize={12}
                />
              </Bar>
              <Bar dataKey="p90" fill="var(--color-p90)" radius={4} minPointSize={4}>
                <LabelList
                  dataKey="p90"
                  position="top"
                  formatter={duration}
                  className="fill-foreground"
                  fontSize={12}
                />
              </Bar>
            </BarChart>
          </ChartContainer>
        ) : (
          <Table scrollLabel={t("responseTimes")}>
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
