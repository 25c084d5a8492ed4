"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { getSnapshot, subscribe } from "./toast-store";

const loadToaster = () => import("./toast");
const Toaster = lazy(() => loadToaster().then((m) => ({ default: m.Toaster })));

/**
 * The Toaster (Radix Toast, ~13 kB compressed) stays off the page's critical path: its code is fetched once the
 * browser is idle after loading — not at the first toast, which may be "you are offline" — and it is mounted when
 * the first toast is raised; from then on it stays (exit animations, later toasts). Radix announces each toast as
 * it mounts, so nothing is lost for screen readers.
 */
export function LazyToaster() {
  const [needed, setNeeded] = useState(false);
  useEffect(() => {
    const check = () => {
      if (getSnapshot().length > 0) setNeeded(true);
    };
    check();
    const unsubscribe = subscribe(check);
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 1));
    idle(() => void loadToaster());
    return unsubscribe;
  }, []);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <Toaster />
    </Suspense>
  );
}
