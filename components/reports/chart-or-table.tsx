"use client";

import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * The one "show as table" toggle of every report chart. The table is rendered on the server and is always in the
 * page (hidden while the chart shows), so it works before the chart's code has loaded and without JavaScript;
 * the chart is passed in already lazy. `name` says which chart the button switches, for screen readers.
 */
export function ChartOrTable({ name, chart, table }: { name: string; chart: ReactNode; table: ReactNode }) {
  const t = useTranslations("reports");
  const [view, setView] = useState<"chart" | "table">("chart");
  const id = useId();
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="outline"
        size="sm"
        className="self-end print:hidden"
        onClick={() => setView(view === "chart" ? "table" : "chart")}
        aria-pressed={view === "table"}
        aria-controls={id}
        aria-label={`${view === "chart" ? t("showTable") : t("showChart")}: ${name}`}
      >
        {view === "chart" ? t("showTable") : t("showChart")}
      </Button>
      <div id={id}>
        {view === "chart" ? <div className="print:break-inside-avoid">{chart}</div> : null}
        <div hidden={view === "chart"}>{table}</div>
      </div>
    </div>
  );
}
