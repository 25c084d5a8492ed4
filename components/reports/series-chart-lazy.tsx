"use client";

import dynamic from "next/dynamic";

/** Recharts is fetched as its own chunk after the page; the placeholders reserve each chart's height (no shift). */
const placeholder = () => <div className="h-72 w-full animate-pulse rounded-md bg-muted" aria-hidden="true" />;

export const LazySeriesChart = dynamic(() => import("./series-chart"), { ssr: false, loading: placeholder });
export const LazyDistributionChart = dynamic(() => import("./distribution-chart"), {
  ssr: false,
  loading: placeholder,
});
export const LazySlaSeriesChart = dynamic(() => import("./sla-series-chart"), { ssr: false, loading: placeholder });
