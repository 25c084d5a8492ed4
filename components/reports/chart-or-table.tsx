"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

/**
 * The one "show as table" toggle of every report chart. The table is rendered on the server and is always in the
 * page (hidden while the chart shows), so it works before the chart's code has loaded and without JavaScript.
 * The chart (already lazy) is only mounted once its box enters the viewport, so charts below the fold do not add to
 * the page's first load (Recharts costs ~800 ms of main thread on a slow phone); until then a placeholder keeps its
 * height, and printing shows the table in its place.
 * `name` says which chart the button switches, for screen readers.
 */
export function ChartOrTable({ name, chart, table }: { name: string; chart: ReactNode; table: ReactNode }) {
  const t = useTranslations("reports");
  const [view, setView] = useState<"chart" | "table">("chart");
  const [inView, setInView] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    const element = box.current;
    if (!element || inView) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setInView(true));
    observer.observe(element);
    return () => observer.disconnect();
  }, [inView]);

  const label = view === "chart" ? t("showTable") : t("showChart");
  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="outline"
        size="sm"
        className="self-end print:hidden"
        onClick={() => setView(view === "chart" ? "table" : "chart")}
        aria-pressed={view === "table"}
        aria-controls={id}
        aria-label={`${label}: ${name}`}
      >
        {label}
      </Button>
      <div id={id} ref={box}>
        {view === "chart" &&
          (inView ? (
            <div className="print:break-inside-avoid">{chart}</div>
          ) : (
            <div className="h-72 w-full rounded-md bg-muted print:hidden" aria-hidden="true" />
          ))}
        {/* A class, not the hidden attribute: Tailwind hides [hidden] with !important, which print:block cannot undo. */}
        <div className={cn(view === "chart" && (inView ? "hidden" : "hidden print:block"))}>{table}</div>
      </div>
    </div>
  );
}
