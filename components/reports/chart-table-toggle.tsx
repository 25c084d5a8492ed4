"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * A chart with a "Show table" switch to the same figures as a table (rendered on the server and passed in). The
 * button says "Show table" rather than the response-time chart's "Show as table", so each keeps a name of its own.
 */
export function ChartTableToggle({ chart, table }: { chart: React.ReactNode; table: React.ReactNode }) {
  const t = useTranslations("reportsCommunity");
  const [view, setView] = useState<"chart" | "table">("chart");
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
      {view === "chart" ? chart : table}
    </div>
  );
}
