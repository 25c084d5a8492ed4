"use client";

import { useTranslations } from "next-intl";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";

/** The queue's keyboard shortcuts, in the order the README lists them. */
export const SHORTCUTS = [
  ["j", "next"],
  ["k", "previous"],
  ["Enter", "open"],
  ["r", "reply"],
  ["a", "assignMe"],
  ["e", "resolve"],
  ["s", "snooze"],
  ["/", "savedReply"],
  ["c", "claimNext"],
  ["?", "help"],
] as const;

export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations("queue.shortcuts");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        <table className="w-full text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead className="sr-only">
            <tr>
              <th scope="col">{t("key")}</th>
              <th scope="col">{t("action")}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(([key, action]) => (
              <tr key={key} className="border-b last:border-0">
                <td className="py-1.5 pr-4">
                  <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
                </td>
                <td className="py-1.5">{t(action)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </DialogContent>
    </Dialog>
  );
}
