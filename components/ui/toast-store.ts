import type * as React from "react";

/**
 * Toasts' store: a tiny module-level store read with useSyncExternalStore, so `toast()` can be called
 * from any client component (or event handler) without a context provider.
 *
 * Its own module: code that raises toasts does not depend on the Toaster's UI
 * (components/ui/toast.tsx, mounted once in components/providers.tsx).
 */

export type ToastVariant = "default" | "destructive";

export type ToastOptions = {
  /**
   * Toasts with the same id replace each other instead of piling up (the same refusal on every retry). Without
   * one, a toast with the same text and variant as an open one replaces it.
   */
  id?: string;
  title?: React.ReactNode;
  description?: React.ReactNode;
  variant?: ToastVariant;
  /** Milliseconds before auto-dismiss; defaults to the Toaster's `duration`. */
  duration?: number;
  /** Optional action button; `altText` tells screen-reader users how to do it another way. */
  action?: { label: string; altText: string; onClick: () => void };
};

export type ToastItem = Omit<ToastOptions, "id"> & { id: string; dedupeKey?: string; open: boolean };

const TOAST_LIMIT = 3;
const REMOVE_DELAY_MS = 1000;

let toasts: readonly ToastItem[] = [];
let counter = 0;
const listeners = new Set<() => void>();
const EMPTY: readonly ToastItem[] = [];

function setToasts(next: readonly ToastItem[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

export function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export const getSnapshot = () => toasts;
export const getServerSnapshot = () => EMPTY;

export function dismissToast(id?: string) {
  const match = (t: ToastItem) => id === undefined || t.id === id;
  setToasts(toasts.map((t) => (match(t) ? { ...t, open: false } : t)));
  // Keep the item mounted long enough for its exit animation.
  setTimeout(() => setToasts(toasts.filter((t) => !(match(t) && !t.open))), REMOVE_DELAY_MS);
}

export function toast({ id: dedupeId, ...options }: ToastOptions) {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER;
  const id = `toast-${counter}`;
  const dedupeKey =
    dedupeId ?? (typeof options.title === "string" ? `${options.variant ?? "default"}:${options.title}` : undefined);
  // A new item (new key) rather than the old one kept: it is announced again and its timer starts over.
  const others = dedupeKey ? toasts.filter((t) => t.dedupeKey !== dedupeKey) : toasts;
  setToasts([{ ...options, id, dedupeKey, open: true }, ...others].slice(0, TOAST_LIMIT));
  return { id, dismiss: () => dismissToast(id) };
}

/** The current toasts (for tests). */
toast.list = getSnapshot;

toast.dismiss = dismissToast;
