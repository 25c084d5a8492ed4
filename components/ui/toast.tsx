"use client";

import * as React from "react";
import { Toast as ToastPrimitive } from "radix-ui";
import { cva } from "class-variance-authority";
import { XIcon } from "lucide-react";

import { useUiLabels } from "@/components/ui/labels";
import { cn } from "@/lib/utils";

import { dismissToast, getServerSnapshot, getSnapshot, subscribe } from "./toast-store";

/* ------------------------------------------------------------------------------------------------
 * UI
 * ----------------------------------------------------------------------------------------------*/

const toastVariants = cva(
  "group pointer-events-auto relative flex w-full items-start justify-between gap-3 overflow-hidden rounded-lg border p-4 pr-10 shadow-lg transition-all outline-none focus-visible:ring-2 focus-visible:ring-ring data-[swipe=cancel]:translate-x-0 data-[swipe=end]:translate-x-(--radix-toast-swipe-end-x) data-[swipe=end]:animate-out data-[swipe=move]:translate-x-(--radix-toast-swipe-move-x) data-[swipe=move]:transition-none data-[state=closed]:animate-out data-[state=closed]:fade-out-80 data-[state=closed]:slide-out-to-right-full data-[state=open]:animate-in data-[state=open]:slide-in-from-top-full sm:data-[state=open]:slide-in-from-bottom-full",
  {
    variants: {
      variant: {
        default: "border-border bg-popover text-popover-foreground",
        destructive: "border-destructive bg-destructive text-destructive-foreground",
      },
    },
    defaultVariants: { variant: "default" },
  },
);

/**
 * A toast is the newest dismissable layer, so Radix gives it Escape before an open dialog. While focus is in a
 * dialog, Escape closes that dialog first (as the person expects) and keeps the toast; the next Escape closes it.
 */
function closeDialogFirst(event: KeyboardEvent) {
  const target = event.target instanceof Element ? event.target : null;
  const dialog = target?.closest('[role="dialog"], [role="alertdialog"]');
  if (!dialog || target?.closest('[data-slot="toast"]')) return;
  event.preventDefault();
  dialog.querySelector<HTMLElement>("[data-dialog-dismiss]")?.click();
}

type ToasterProps = {
  /** Accessible label of the viewport region; `{hotkey}` is replaced by the hotkey. */
  label?: string;
  /** Announced with each toast to screen readers (e.g. a translated "Notification"). */
  toastLabel?: string;
  /** Accessible name of each toast's close button (pass a translated string). */
  closeLabel?: string;
  /** Keyboard shortcut that focuses the viewport. */
  hotkey?: string[];
  duration?: number;
  swipeDirection?: "up" | "down" | "left" | "right";
  className?: string;
};

function Toaster({
  label: labelProp,
  toastLabel: toastLabelProp,
  closeLabel: closeLabelProp,
  hotkey = ["F8"],
  duration = 5000,
  swipeDirection = "right",
  className,
}: ToasterProps) {
  const items = React.useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const labels = useUiLabels();
  const label = labelProp ?? labels.notifications;
  const toastLabel = toastLabelProp ?? labels.notification;
  const closeLabel = closeLabelProp ?? labels.close;

  return (
    <ToastPrimitive.Provider label={toastLabel} duration={duration} swipeDirection={swipeDirection}>
      {items.map(({ id, title, description, variant = "default", duration: itemDuration, action, open }) => (
        <ToastPrimitive.Root
          key={id}
          data-slot="toast"
          data-variant={variant}
          open={open}
          onOpenChange={(next) => {
            if (!next) dismissToast(id);
          }}
          onEscapeKeyDown={closeDialogFirst}
          duration={itemDuration}
          type={variant === "destructive" ? "foreground" : "background"}
          className={toastVariants({ variant })}
        >
          <div className="grid gap-1">
            {title ? (
              <ToastPrimitive.Title data-slot="toast-title" className="text-sm font-semibold">
                {title}
              </ToastPrimitive.Title>
            ) : null}
            {description ? (
              <ToastPrimitive.Description
                data-slot="toast-description"
                className="text-sm text-muted-foreground group-data-[variant=destructive]:text-destructive-foreground"
              >
                {description}
              </ToastPrimitive.Description>
            ) : null}
          </div>
          {action ? (
            <ToastPrimitive.Action
              data-slot="toast-action"
              altText={action.altText}
              onClick={action.onClick}
              className="inline-flex h-8 shrink-0 items-center justify-center self-center rounded-md border bg-transparent px-3 text-xs font-medium transition-colors hover:bg-accent hover:text-accent-foreground focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring group-data-[variant=destructive]:border-destructive-foreground/40 group-data-[variant=destructive]:hover:bg-destructive-foreground/10 group-data-[variant=destructive]:hover:text-destructive-foreground"
            >
              {action.label}
            </ToastPrimitive.Action>
          ) : null}
          <ToastPrimitive.Close
            data-slot="toast-close"
            aria-label={closeLabel}
            className="absolute top-3 right-3 rounded-sm p-0.5 opacity-70 transition-opacity hover:opacity-100 focus-visible:opacity-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring group-data-[variant=destructive]:focus-visible:outline-destructive-foreground"
          >
            <XIcon className="size-4" aria-hidden="true" />
          </ToastPrimitive.Close>
        </ToastPrimitive.Root>
      ))}
      <ToastPrimitive.Viewport
        data-slot="toast-viewport"
        hotkey={hotkey}
        label={label}
        className={cn(
          "fixed top-0 z-[100] flex max-h-screen w-full flex-col-reverse gap-2 p-4 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-ring sm:top-auto sm:right-0 sm:bottom-0 sm:flex-col md:max-w-[420px]",
          className,
        )}
      />
    </ToastPrimitive.Provider>
  );
}

export { Toaster, toastVariants, type ToasterProps };
