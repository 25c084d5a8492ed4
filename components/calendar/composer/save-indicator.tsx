"use client";

import { useTranslations } from "next-intl";
import type { ClientActionError } from "@/components/common/use-action-mutation";
import type { SaveState } from "./use-post-form";

/** The autosave's state in words, announced politely: "Saving…", "Saved", "Not saved: …". */
export function SaveIndicator({
  state,
  ready,
  error,
}: {
  state: SaveState;
  ready: boolean;
  error: ClientActionError | null;
}) {
  const t = useTranslations("calendar.composer.save");
  const text =
    state === "saving"
      ? t("saving")
      : state === "saved"
        ? t("saved")
        : state === "error"
          ? t("failed", { message: error?.message ?? "" })
          : state === "dirty"
            ? ready
              ? t("pending")
              : t("notYet")
            : "";
  return (
    <p
      role="status"
      aria-live="polite"
      className={state === "error" ? "text-sm text-destructive" : "text-sm text-muted-foreground"}
      data-testid="save-state"
    >
      {text}
    </p>
  );
}
