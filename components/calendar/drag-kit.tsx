"use client";

import { createContext, useContext, useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { focusAgain } from "@/components/ui/focus-again";
import type { DragKit } from "./drag-and-drop";

export type { DragKit };

/**
 * Loads the drag-and-drop code on intent — the pointer entering the calendar, focus or a touch inside it — instead
 * of with the page; a mouse or a keyboard reaches the toolbar before any post, so it is there before a drag starts.
 * Until then posts and drop zones render without it. Loading swaps the grid for its draggable form, so:
 * - never while a button is pressed (a click whose press and release land on different elements is lost), and in
 *   one synchronous commit, so no press can come in between;
 * - focus inside the grid is put back on the same control afterwards (marked with data-focus-key).
 */
let loaded: DragKit | null = null;
let loading: Promise<DragKit> | null = null;
const loadDragKit = () => (loading ??= import("./drag-and-drop").then((m) => (loaded = m.dragKit)));

const DragKitContext = createContext<DragKit | null>(null);
export const DragKitProvider = DragKitContext.Provider;
/** The loaded drag-and-drop code, or null while it is not (yet) there. */
export const useLoadedDragKit = () => useContext(DragKitContext);

export function useDragKit() {
  const [kit, setKit] = useState<DragKit | null>(loaded);
  const pressed = useRef(false);
  const refocus = useRef<HTMLElement | null>(null);
  const requested = useRef(false);

  useEffect(() => {
    if (kit) return;
    const down = () => (pressed.current = true);
    const up = () => (pressed.current = false);
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    return () => {
      document.removeEventListener("pointerdown", down, true);
      document.removeEventListener("pointerup", up, true);
      document.removeEventListener("pointercancel", up, true);
    };
  }, [kit]);

  useEffect(() => {
    const element = refocus.current;
    refocus.current = null;
    if (kit && element?.dataset.focusKey) focusAgain(element);
  }, [kit]);

  const swapIn = (next: DragKit) => {
    refocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    flushSync(() => setKit(() => next));
  };
  const load = () => {
    if (kit || requested.current) return;
    requested.current = true;
    void loadDragKit().then((next) => {
      if (!pressed.current) return swapIn(next);
      // After the release and the click it makes (same task), not in between.
      document.addEventListener("pointerup", () => setTimeout(() => swapIn(next)), { capture: true, once: true });
    });
  };
  return { kit, intent: { onPointerEnter: load, onTouchStart: load, onFocus: load } };
}
