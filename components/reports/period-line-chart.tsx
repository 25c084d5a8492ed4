"use client";

import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";
import { CartesianGrid, Line, LineChart, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";

type Props = {
  /** One line per entry, in this order; its `dash` is the line's dash pattern and the key's ("" for solid). */
  config: ChartConfig;
  data: ({ period: string } & Record<string, string | number | null>)[];
  /** The chart's text alternative (the table view carries the figures). */
  label: string;
  /** Line width per series (default 2): the headline figure thick, its breakdown thin. */
  strokeWidth?: Record<string, number>;
  yAxis: Pick<ComponentProps<typeof YAxis>, "width" | "unit" | "domain">;
  /** Period → the page of its conversations; clicking a period opens it. */
  drill?: Record<string, string>;
};

/**
 * The "over time" report charts: a line per series across periods. Lines are drawn from the same config entries as
 * the key, so a line and its key cannot disagree on colour or dash; the table view (ChartOrTable) links the drill
 * pages for the keyboard.
 */
export function PeriodLineChart({ config, data, label, strokeWidth = {}, yAxis, drill }: Props) {
  const router = useRouter();
  return (
    <ChartContainer
      config={config}
      legend
      className={`h-72 w-full print:h-64 ${drill ? "[&_.recharts-surface]:cursor-pointer" : ""}`}
      role="img"
      aria-label={label}
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
        <YAxis tickLine={false} axisLine={false} {...yAxis} />
        <ChartTooltip content={<ChartTooltipContent />} />
        {Object.entries(config).map(([key, item]) => (
          <Line
            key={key}
            isAnimationActive={false}
            dataKey={key}
            stroke={`var(--color-${key})`}
            strokeWidth={strokeWidth[key] ?? 2}
            strokeDasharray={item.dash || undefined}
            dot={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ChartContainer>
  );
}
