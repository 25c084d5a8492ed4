"use client";

import { XIcon } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useUiLabels } from "@/components/ui/labels";
import { cn } from "@/lib/utils";
import { dismissToast, getServerSnapshot, getSnapshot, subscribe, type ToastItem } from "./toast-store";

/*
 * The toasts: a labelled region (F8 moves focus into it) listing the open ones, each with a close button and an
 * optional action, closing by itself after `duration` unless the pointer or focus is on the region. Screen readers
 * hear each toast through two live regions that exist from the first render (polite, and assertive for
 * destructive toasts), so the announcement does not depend on a newly inserted element being noticed.
 *
 * Written here rather than taken from Radix Toast: Radix's toast with its collection, dismissable-layer and
 * portal code weighed ~20 kB compressed on every page's first load, because the Toaster must load with the page
 * (the first toast may be "you are offline", when nothing more can load).
 */

const HOTKEY = "F8";

const variants = {
  default: "border-border bg-popover text-popover-foreground",
  destructive: "border-destructive bg-destructive text-destructive-foreground",
} as const;

function ToastCard({ item, closeLabel, duration, paused }: ToastCardProps) {
  const { id, title, description, variant = "default", action, open } = item;
  const remaining = useRef(item.duration ?? duration);
  useEffect(() => {
    if (!open || paused || remaining.current === Infinity) return;
    const started = Date.now();
    const timer = setTimeout(() => dismissToast(id), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [id, open, paused]);

  return (
    <li
      data-slot="toast"
      data-variant={variant}
      data-state={open ? "open" : "closed"}
      onKeyDown={(event) => event.key === "Escape" && dismissToast(id)}
      className={cn(
        "group pointer-events-auto relative flex w-full items-start justify-between gap-3 overflow-hidden rounded-lg border p-4 pr-10 shadow-lg transition-all data-[state=closed]:animate-out data-[state=closed]:fade-out-80 data-[state=open]:animate-in data-[state=open]:fade-in-0",
        variants[variant],
      )}
    >
      <div className="grid gap-1">
        {title ? <div className="text-sm font-semibold">{title}</div> : null}
        {description ? (
          <div className="text-sm text-muted-foreground group-data-[variant=destructive]:text-destructive-foreground">
            {description}
          </div>
        ) : null}
      </div>
      {action ? (
        <button
          type="button"
          onClick={() => {
            action.onClick();
            dismissToast(id);
          }}
          className="inline-flex h-8 shrink-0 items-center justify-center self-center rounded-md border bg-transparent px-3 text-xs font-medium transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring group-data-[variant=destructive]:border-destructive-foreground/40 group-data-[variant=destructive]:hover:bg-destructive-foreground/10 group-data-[variant=destructive]:hover:text-destructive-foreground"
        >
          {action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label={closeLabel}
        onClick={() => dismissToast(id)}
        className="absolute top-3 right-3 rounded-sm p-0.5 opacity-70 transition-opacity hover:opacity-100 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring group-data-[variant=destructive]:focus-visible:outline-destructive-foreground"
      >
        <XIcon className="size-4" aria-hidden="true" />
      </button>
    </li>
  );
}
type ToastCardProps = { item: ToastItem; closeLabel: string; duration: number; paused: boolean };

/** What a screen reader hears: the newest open toast of that politeness, replaced (so re-announced) per toast. */
function Announcer({
  items,
  destructive,
  prefix,
}: {
  items: readonly ToastItem[];
  destructive: boolean;
  prefix: string;
}) {
  const newest = items.find((t) => t.open && (t.variant === "destructive") === destructive);
  const text =
    newest && [newest.title, newest.description, newest.action?.altText].filter((p) => typeof p === "string");
  return (
    <div className="sr-only" role={destructive ? "alert" : "status"} aria-live={destructive ? "assertive" : "polite"}>
      {newest && text?.length ? <span key={newest.id}>{`${prefix}: ${text.join(" ")}`}</span> : null}
    </div>
  );
}

function Toaster({ duration = 5000 }: { duration?: number }) {
  const items = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const labels = useUiLabels();
  const region = useRef<HTMLElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === HOTKEY && !event.altKey && !event.ctrlKey && !event.metaKey) region.current?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <Announcer items={items} destructive={false} prefix={labels.notification} />
      <Announcer items={items} destructive prefix={labels.notification} />
      <section
        ref={region}
        tabIndex={-1}
        aria-label={labels.notifications.replace("{hotkey}", HOTKEY)}
        onPointerEnter={() => setHovered(true)}
        onPointerLeave={() => setHovered(false)}
        onFocus={() => setFocused(true)}
        onBlur={(event) => setFocused(event.currentTarget.contains(event.relatedTarget))}
        className="pointer-events-none fixed top-0 z-[100] w-full p-4 outline-none focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring sm:top-auto sm:right-0 sm:bottom-0 md:max-w-[420px]"
      >
        {items.length ? (
          <ol className="flex max-h-screen flex-col-reverse gap-2 sm:flex-col">
            {items.map((item) => (
              <ToastCard
                key={item.id}
                item={item}
                closeLabel={labels.close}
                duration={duration}
                paused={hovered || focused}
              />
            ))}
          </ol>
        ) : null}
      </section>
    </>
  );
}

export { Toaster };
