"use client";

import * as React from "react";
import * as RechartsPrimitive from "recharts";
import type { TooltipPayloadEntry } from "recharts";

import { cn } from "@/lib/utils";
import { ChartKey } from "./chart-key";

// Dark mode follows `prefers-color-scheme`, so themed colours are emitted in a media query.
const THEMES = { light: "", dark: "(prefers-color-scheme: dark)" } as const;

export type ChartConfig = {
  [k in string]: {
    label?: React.ReactNode;
    icon?: React.ComponentType;
    /** A line series: its dash pattern for the key ("" for a solid line). */
    dash?: string;
    /** Marks filled with a hatch pattern (persona): the key shows a hatched square. */
    hatch?: boolean;
  } & ({ color?: string; theme?: never } | { color?: never; theme: Record<keyof typeof THEMES, string> });
};

const ChartContext = React.createContext<{ config: ChartConfig } | null>(null);

function useChart() {
  const context = React.useContext(ChartContext);
  if (!context) throw new Error("useChart must be used within a <ChartContainer />");
  return context;
}

/**
 * A chart with its colours as CSS variables. `className` sizes the whole box (plot and key); the plot takes what the
 * key leaves, so the box keeps the height its placeholder reserved. Role and label go to the plot.
 */
function ChartContainer({
  id,
  className,
  children,
  config,
  legend = false,
  ...props
}: React.ComponentProps<"div"> & {
  config: ChartConfig;
  /** Draw the key below the plot (ChartKey), from `config`. */
  legend?: boolean;
  children: React.ComponentProps<typeof RechartsPrimitive.ResponsiveContainer>["children"];
}) {
  const uniqueId = React.useId();
  const chartId = `chart-${(id ?? uniqueId).replace(/[^a-zA-Z0-9_-]/g, "")}`;

  return (
    <ChartContext.Provider value={{ config }}>
      <div data-chart={chartId} className={cn("flex flex-col text-xs", className)}>
        <ChartStyle id={chartId} config={config} />
        <div
          data-slot="chart"
          className="flex min-h-0 flex-1 justify-center [&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground [&_.recharts-cartesian-grid_line[stroke='#ccc']]:stroke-border/50 [&_.recharts-curve.recharts-tooltip-cursor]:stroke-border [&_.recharts-dot[stroke='#fff']]:stroke-transparent [&_.recharts-layer]:outline-hidden [&_.recharts-polar-grid_[stroke='#ccc']]:stroke-border [&_.recharts-radial-bar-background-sector]:fill-muted [&_.recharts-rectangle.recharts-tooltip-cursor]:fill-muted [&_.recharts-reference-line_[stroke='#ccc']]:stroke-border [&_.recharts-sector]:outline-hidden [&_.recharts-sector[stroke='#fff']]:stroke-transparent [&_.recharts-surface:focus-visible]:outline-2 [&_.recharts-surface:focus-visible]:outline-ring"
          {...props}
        >
          <RechartsPrimitive.ResponsiveContainer>{children}</RechartsPrimitive.ResponsiveContainer>
        </div>
        {legend && <ChartKey config={config} />}
      </div>
    </ChartContext.Provider>
  );
}

function ChartStyle({ id, config }: { id: string; config: ChartConfig }) {
  const colorConfig = Object.entries(config).filter(([, c]) => c.theme || c.color);
  if (!colorConfig.length) return null;

  const rules = (Object.keys(THEMES) as (keyof typeof THEMES)[]).map((theme) => {
    const vars = colorConfig
      .map(([key, item]) => [key, item.theme?.[theme] ?? item.color] as const)
      .flatMap(([key, color]) => (color ? [`  --color-${key}: ${color};`] : []))
      .join("\n");
    const rule = `[data-chart=${id}] {\n${vars}\n}`;
    return THEMES[theme] ? `@media ${THEMES[theme]} {\n${rule}\n}` : rule;
  });

  return <style dangerouslySetInnerHTML={{ __html: rules.join("\n") }} />;
}

const ChartTooltip = RechartsPrimitive.Tooltip;

type ChartTooltipContentProps = {
  active?: boolean;
  payload?: ReadonlyArray<TooltipPayloadEntry>;
  label?: React.ReactNode;
  className?: string;
  labelClassName?: string;
  labelFormatter?: (label: React.ReactNode, payload: ReadonlyArray<TooltipPayloadEntry>) => React.ReactNode;
  formatter?: (
    value: NonNullable<TooltipPayloadEntry["value"]>,
    name: NonNullable<TooltipPayloadEntry["name"]>,
    item: TooltipPayloadEntry,
    index: number,
    payload: unknown,
  ) => React.ReactNode;
  /** Formats each value (units, durations) while keeping the indicator and series label. */
  valueFormatter?: (value: number) => React.ReactNode;
  color?: string;
  hideLabel?: boolean;
  hideIndicator?: boolean;
  indicator?: "line" | "dot" | "dashed";
  nameKey?: string;
  labelKey?: string;
};

function ChartTooltipContent({
  active,
  payload,
  label,
  className,
  labelClassName,
  labelFormatter,
  formatter,
  valueFormatter,
  color,
  nameKey,
  labelKey,
  indicator = "dot",
  hideLabel = false,
  hideIndicator = false,
}: ChartTooltipContentProps) {
  const { config } = useChart();

  const tooltipLabel = React.useMemo(() => {
    if (hideLabel || !payload?.length) return null;
    const [item] = payload;
    const key = `${labelKey || item?.dataKey || item?.name || "value"}`;
    const itemConfig = getPayloadConfigFromPayload(config, item, key);
    const value = !labelKey && typeof label === "string" ? (config[label]?.label ?? label) : itemConfig?.label;
    const content = labelFormatter ? labelFormatter(value, payload) : value;
    return content ? <div className={cn("font-medium", labelClassName)}>{content}</div> : null;
  }, [label, labelFormatter, payload, hideLabel, labelClassName, config, labelKey]);

  if (!active || !payload?.length) return null;

  const nestLabel = payload.length === 1 && indicator !== "dot";

  return (
    <div
      data-slot="chart-tooltip"
      className={cn(
        "grid min-w-[8rem] items-start gap-1.5 rounded-lg border border-border/50 bg-background px-2.5 py-1.5 text-xs shadow-xl",
        className,
      )}
    >
      {!nestLabel ? tooltipLabel : null}
      <div className="grid gap-1.5">
        {payload
          .filter((item) => item.type !== "none")
          .map((item, index) => {
            const key = `${nameKey || item.name || item.dataKey || "value"}`;
            const itemConfig = getPayloadConfigFromPayload(config, item, key);
            const payloadFill: unknown = item.payload?.fill;
            const indicatorColor = color ?? (typeof payloadFill === "string" ? payloadFill : undefined) ?? item.color;

            return (
              <div
                key={`${item.graphicalItemId ?? ""}-${index}`}
                className={cn(
                  "flex w-full flex-wrap items-stretch gap-2 [&>svg]:h-2.5 [&>svg]:w-2.5 [&>svg]:text-muted-foreground",
                  indicator === "dot" && "items-center",
                )}
              >
                {formatter && item.value !== undefined && item.name !== undefined ? (
                  formatter(item.value, item.name, item, index, item.payload)
                ) : (
                  <>
                    {itemConfig?.icon ? (
                      <itemConfig.icon />
                    ) : hideIndicator ? null : (
                      <div
                        className={cn("shrink-0 rounded-[2px] border-(--color-border) bg-(--color-bg)", {
                          "h-2.5 w-2.5": indicator === "dot",
                          "w-1": indicator === "line",
                          "w-0 border-[1.5px] border-dashed bg-transparent": indicator === "dashed",
                          "my-0.5": nestLabel && indicator === "dashed",
                        })}
                        style={
                          { "--color-bg": indicatorColor, "--color-border": indicatorColor } as React.CSSProperties
                        }
                      />
                    )}
                    <div
                      className={cn(
                        "flex flex-1 justify-between gap-4 leading-none",
                        nestLabel ? "items-end" : "items-center",
                      )}
                    >
                      <div className="grid gap-1.5">
                        {nestLabel ? tooltipLabel : null}
                        <span className="text-muted-foreground">{itemConfig?.label ?? item.name}</span>
                      </div>
                      {item.value !== undefined && (
                        <span className="font-mono font-medium text-foreground tabular-nums">
                          {typeof item.value === "number"
                            ? valueFormatter
                              ? valueFormatter(item.value)
                              : item.value.toLocaleString()
                            : String(item.value)}
                        </span>
                      )}
                    </div>
                  </>
                )}
              </div>
            );
          })}
      </div>
    </div>
  );
}

/** Resolve the config entry for a tooltip payload item. */
function getPayloadConfigFromPayload(
  config: ChartConfig,
  payload: unknown,
  key: string,
): ChartConfig[string] | undefined {
  if (typeof payload !== "object" || payload === null) return undefined;
  const inner: unknown = "payload" in payload ? payload.payload : undefined;
  const readString = (obj: unknown): string | undefined => {
    if (typeof obj !== "object" || obj === null || !(key in obj)) return undefined;
    const value: unknown = (obj as Record<string, unknown>)[key];
    return typeof value === "string" ? value : undefined;
  };
  const configLabelKey = readString(payload) ?? readString(inner) ?? key;
  return configLabelKey in config ? config[configLabelKey] : config[key];
}

export { ChartContainer, ChartTooltip, ChartTooltipContent, ChartStyle, useChart };
