"use client";

import dynamic from "next/dynamic";

/** Recharts is fetched as its own chunk after the page; the placeholder reserves the chart's height (no shift). */
export const LazySeriesChart = dynamic(() => import("./series-chart"), {
  ssr: false,
  loading: () => <div className="h-[20.5rem] w-full animate-pulse rounded-md bg-muted" aria-hidden="true" />,
});
