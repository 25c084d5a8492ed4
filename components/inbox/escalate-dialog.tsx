"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { selectClass, textareaClass } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import type { EscalationTarget } from "@/db/queries/queue-escalate";

type Props = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  managers: { id: string; name: string }[];
  pending: boolean;
  error?: string;
  onEscalate: (target: EscalationTarget, note: string) => void;
};

/** To the brand queue or to a manager, always with a note saying why. */
export function EscalateDialog({ open, onOpenChange, managers, pending, error, onEscalate }: Props) {
  const t = useTranslations("queue.escalate");
  const [to, setTo] = useState<"brand" | "manager">("brand");
  const [managerId, setManagerId] = useState(managers[0]?.id ?? "");
  const [note, setNote] = useState("");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onEscalate(to === "brand" ? { to } : { to, managerId }, note);
          }}
          className="grid gap-4"
        >
          <DialogHeader>
            <DialogTitle>{t("title")}</DialogTitle>
            <DialogDescription>{t("description")}</DialogDescription>
          </DialogHeader>
          <fieldset className="grid gap-2">
            <legend className="sr-only">{t("title")}</legend>
            {(["brand", "manager"] as const).map((value) => (
              <label key={value} className="flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="escalate-to"
                  value={value}
                  checked={to === value}
                  disabled={value === "manager" && managers.length === 0}
                  onChange={() => setTo(value)}
                  className="size-4 accent-primary"
                />
                {t(value === "brand" ? "toBrand" : "toManager")}
              </label>
            ))}
          </fieldset>
          {to === "manager" ? (
            <div className="grid gap-1">
              <Label htmlFor="escalate-manager">{t("manager")}</Label>
              <select
                id="escalate-manager"
                className={selectClass}
                value={managerId}
                onChange={(e) => setManagerId(e.target.value)}
              >
                {managers.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="grid gap-1">
            <Label htmlFor="escalate-note">{t("note")}</Label>
            <textarea
              id="escalate-note"
              className={textareaClass}
              value={note}
              required
              maxLength={2000}
              onChange={(e) => setNote(e.target.value)}
              aria-describedby={error ? "escalate-error" : undefined}
            />
            {error ? (
              <p id="escalate-error" className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending || !note.trim()}>
              {t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
