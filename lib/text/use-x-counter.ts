"use client";

import { useEffect, useState } from "react";
import { approximateX, type XCounter } from "./measure";

let loaded: XCounter | null = null;
let loading: Promise<XCounter> | null = null;

/**
 * X's exact counter for a composer, loaded once `needed` (there is text to count): twitter-text is 28 kB
 * compressed and most visits to a conversation or the calendar write nothing. Until it arrives the count is
 * approximate (exact for Latin text and links); the server checks exactly either way.
 */
export function useXCounter(needed: boolean): XCounter {
  const [counter, setCounter] = useState<XCounter>(() => loaded ?? approximateX);
  useEffect(() => {
    if (loaded || !needed) return;
    let live = true;
    loading ??= import("./length").then((m) => (loaded = m.countX));
    void loading.then((exact) => {
      if (live) setCounter(() => exact);
    });
    return () => {
      live = false;
    };
  }, [needed]);
  return counter;
}
