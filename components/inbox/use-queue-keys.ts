"use client";

import { useEffect, useRef } from "react";

export type QueueKeyHandlers = Partial<Record<string, () => void>>;

/**
 * Single-key shortcuts for the queue page. They never fire while someone types (text fields, selects), while a
 * dialog is open, or with a modifier held (so browser and screen-reader shortcuts keep working). Enter on a
 * focused link or button is left to the browser.
 */
export function useQueueKeys(handlers: QueueKeyHandlers) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"]')) return;
      if (target?.matches("input:not([type=checkbox]):not([type=radio])")) return;
      if (event.key === "Enter" && target?.closest("a, button")) return;
      const handler = latest.current[event.key];
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
