"use client";

import { useEffect, useState } from "react";
import { approximateX, type XCounter } from "./measure";

let loaded: XCounter | null = null;
let loading: Promise<XCounter> | null = null;

/**
 * X's exact counter for a composer, loaded on first use (twitter-text is 28 kB compressed: it stays out of the
 * page's first load). Until it arrives the count is approximate; the server checks exactly either way.
 */
export function useXCounter(): XCounter {
  const [counter, setCounter] = useState<XCounter>(() => loaded ?? approximateX);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    loading ??= import("./length").then((m) => (loaded = m.countX));
    void loading.then((exact) => {
      if (live) setCounter(() => exact);
    });
    return () => {
      live = false;
    };
  }, []);
  return counter;
}
