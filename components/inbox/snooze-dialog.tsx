"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

const HOUR = 3_600_000;
/** Preset wake-up times in the browser's local time (the person snoozing decides "tomorrow morning"). */
function presets(now: Date) {
  const at9 = (days: number) => {
    const d = new Date(now);
    d.setDate(d.getDate() + days);
    d.setHours(9, 0, 0, 0);
    return d;
  };
  const monday = (8 - now.getDay()) % 7 || 7;
  return {
    hour: new Date(now.getTime() + HOUR),
    later: new Date(now.getTime() + 4 * HOUR),
    tomorrow: at9(1),
    nextWeek: at9(monday),
  } as const;
}
type Preset = keyof ReturnType<typeof presets> | "custom";

/** Asks until when to snooze; `onSnooze` gets an ISO time. Closing returns focus where it was (Radix). */
export function SnoozeDialog({
  open,
  onOpenChange,
  onSnooze,
  pending,
  onCloseAutoFocus,
}: {
  onCloseAutoFocus?: (event: Event) => void;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onSnooze: (until: string) => void;
  pending: boolean;
}) {
  const t = useTranslations("queue.snooze");
  const [choice, setChoice] = useState<Preset>("tomorrow");
  const [custom, setCustom] = useState("");
  const times = presets(new Date());
  const until = choice === "custom" ? (custom ? new Date(custom) : null) : times[choice];
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (until && !Number.isNaN(until.getTime())) onSnooze(until.toISOString());
          }}
        >
          <DialogHeader>
            <DialogTitle>{t("title")}</DialogTitle>
            <DialogDescription>{t("description")}</DialogDescription>
          </DialogHeader>
          <fieldset className="my-4 grid gap-2">
            <legend className="sr-only">{t("title")}</legend>
            {(["hour", "later", "tomorrow", "nextWeek", "custom"] as const).map((key) => (
              <label key={key} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="snooze"
                  value={key}
                  checked={choice === key}
                  onChange={() => setChoice(key)}
                  className="size-4 accent-primary"
                />
                {t(key)}
                {key !== "custom" ? (
                  <span className="text-muted-foreground">
                    {times[key].toLocaleString(undefined, { weekday: "short", hour: "2-digit", minute: "2-digit" })}
                  </span>
                ) : null}
              </label>
            ))}
            {choice === "custom" ? (
              <div className="grid gap-1">
                <Label htmlFor="snooze-custom">{t("customLabel")}</Label>
                <Input
                  id="snooze-custom"
                  type="datetime-local"
                  value={custom}
                  onChange={(e) => setCustom(e.target.value)}
                  required
                />
              </div>
            ) : null}
          </fieldset>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending || !until}>
              {t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
