"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { getSnapshot, subscribe } from "./toast-store";

const Toaster = lazy(() => import("./toast").then((m) => ({ default: m.Toaster })));

/**
 * Mounts the Toaster (Radix Toast, ~13 kB compressed) when the first toast is raised rather than on every page's
 * first load; from then on it stays (exit animations, later toasts). Radix announces each toast as it mounts, so
 * nothing is lost for screen readers.
 */
export function LazyToaster() {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    const check = () => {
      if (getSnapshot().length > 0) setNeeded(true);
    };
    check();
    return subscribe(check);
  }, []);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  );
}
