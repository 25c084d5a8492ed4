"use client";

import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, type ComponentType, type KeyboardEvent } from "react";
import { toast } from "./toast-store";

/**
 * Code that only a person's action needs (a menu with its popper, a dialog) loads on intent instead of with every
 * page: pointing at or focusing the trigger fetches the chunk, pressing it (click, Enter, Space, ArrowDown) mounts
 * the component already open. Until then the trigger is a plain button with the same look and name. The Radix
 * menu and popper code this keeps out of the shell weighed ~27 kB compressed on every page's first load.
 *
 * `load` must be stable (declared at module level).
 */
export function useLoadOnIntent<P extends object>(load: () => Promise<ComponentType<P>>) {
  const t = useTranslations("actions");
  const pending = useRef<Promise<ComponentType<P>> | null>(null);
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);

  const prefetch = useCallback(() => {
    pending.current ??= load().catch((error: unknown) => {
      pending.current = null; // the next intent tries again
      throw error;
    });
    return pending.current;
  }, [load]);

  const open = useCallback(() => {
    prefetch().then(
      (component) => setLoaded(() => component),
      () => toast({ id: "load-on-intent", title: t("network"), variant: "destructive" }),
    );
  }, [prefetch, t]);

  const triggerProps = {
    "aria-haspopup": "menu" as const,
    "aria-expanded": false,
    onPointerEnter: () => void prefetch().catch(() => {}),
    onFocus: () => void prefetch().catch(() => {}),
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "ArrowDown") return;
      event.preventDefault();
      open();
    },
  };
  return { Loaded, triggerProps };
}
