"use client";

import dynamic from "next/dynamic";

// Recharts comes as its own chunk after the page; each placeholder reserves its chart's height (no layout shift).
const placeholder = (height: string) =>
  function ChartPlaceholder() {
    return <div className={`${height} w-full animate-pulse rounded-md bg-muted`} aria-hidden="true" />;
  };

export const LazyVolumeChart = dynamic(() => import("./community-charts").then((m) => m.VolumeChart), {
  ssr: false,
  loading: placeholder("h-72"),
});
export const LazyCategoryMixChart = dynamic(() => import("./community-charts").then((m) => m.CategoryMixChart), {
  ssr: false,
  loading: placeholder("h-72"),
});
export const LazyEngagementChart = dynamic(() => import("./community-charts").then((m) => m.EngagementChart), {
  ssr: false,
  loading: placeholder("h-[17.5rem]"),
});
