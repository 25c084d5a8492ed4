"use client";

import { useTranslations } from "next-intl";
import { cloneElement, useState, type ComponentType, type KeyboardEvent, type ReactElement } from "react";
import { toast } from "./toast-store";

// One fetch per menu module for the whole page (every trigger of it shares it); a failed one is forgotten.
const pending = new Map<() => Promise<unknown>, Promise<unknown>>();
function prefetch<T>(load: () => Promise<T>): Promise<T> {
  let loading = pending.get(load) as Promise<T> | undefined;
  if (!loading) {
    loading = load().catch((error: unknown) => {
      pending.delete(load); // the next intent tries again
      throw error;
    });
    pending.set(load, loading);
  }
  return loading;
}

/** What a lazily loaded menu receives: the page's trigger button, to wrap in its own (Radix) trigger. */
export type LazyMenuProps = { trigger: ReactElement };

/**
 * A menu button whose menu (Radix menu and popper code, and the menu's own) loads on intent instead of with every
 * page: pointing at or focusing the trigger fetches the chunk, pressing it (click, Enter, Space, ArrowDown) mounts
 * the menu already open (DropdownMenuOpenedOnLoad). Until then `trigger` is rendered as is, with the same look and
 * name. This kept ~27 kB compressed out of every page's first load.
 *
 * `load` must be declared at module level (it keys the shared fetch); `props` are the menu's own props.
 */
export function LazyMenu<P extends LazyMenuProps>({
  load,
  trigger,
  props,
}: {
  load: () => Promise<ComponentType<P>>;
  trigger: ReactElement<Record<string, unknown>>;
  props: Omit<P, "trigger">;
}) {
  const t = useTranslations("actions");
  const [Menu, setMenu] = useState<ComponentType<P> | null>(null);
  const open = () =>
    prefetch(load).then(
      (component) => setMenu(() => component),
      () => toast({ id: "lazy-menu", title: t("network"), variant: "destructive" }),
    );

  if (Menu) return <Menu {...({ ...props, trigger } as P)} />;
  return cloneElement(trigger, {
    "aria-haspopup": "menu",
    "aria-expanded": false,
    onPointerEnter: () => void prefetch(load).catch(() => {}),
    onFocus: () => void prefetch(load).catch(() => {}),
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "ArrowDown") return;
      event.preventDefault();
      void open();
    },
  });
}
