"use client";

import { lazyDialog } from "@/components/ui/lazy-dialog";

// The queue's dialogs load when first opened (not with the queue and conversation pages).
export const SnoozeDialog = lazyDialog(() => import("./snooze-dialog").then((m) => m.SnoozeDialog));
export const EscalateDialog = lazyDialog(() => import("./escalate-dialog").then((m) => m.EscalateDialog));
export const ShortcutsDialog = lazyDialog(() => import("./shortcuts-dialog").then((m) => m.ShortcutsDialog));
