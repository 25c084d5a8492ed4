"use client";

import { useSyncExternalStore } from "react";

// One shared clock for every badge on the page (a queue shows dozens): one interval, not one per row.
const TICK_MS = 15_000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
    // The clock may have stood still while nothing listened: catch up at once.
    queueMicrotask(() => {
      now = Date.now();
      for (const l of listeners) l();
    });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * The current time in milliseconds, re-rendering every 15 s; null while the server renders and during hydration,
 * so relative texts ("in 12 min") are only ever computed in the browser and never mismatch the server's HTML.
 */
export function useClock(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
}
