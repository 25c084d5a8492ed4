"use client";

import { lazy, Suspense, useState, type ComponentType } from "react";

/**
 * A dialog whose code (Radix Dialog and the dialog's own form) loads when it first opens instead of with the page.
 * Once opened it stays mounted, so Radix can return focus to what opened it when it closes. `load` resolves the
 * dialog component; declare the result at module level.
 */
export function lazyDialog<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>) {
  const Dialog = lazy(() => load().then((component) => ({ default: component })));
  function LazyDialog(props: P) {
    const [opened, setOpened] = useState(props.open);
    // Derived state, set while rendering (React's documented pattern): no effect, no extra frame.
    if (props.open && !opened) setOpened(true);
    if (!opened) return null;
    return (
      <Suspense fallback={null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
