"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = {
  id: string;
  name: string;
  type: "url" | "password";
  label: string;
  /** The stored URL, masked; or whether a secret is stored. The stored value itself never reaches the browser. */
  current?: string;
  secretSet?: boolean;
  errors?: string[];
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A connector field that is write-only once stored: it shows "•••• set" (or the masked URL) and a Replace
 * button; the input appears empty, and an empty input keeps the stored value.
 */
export function SecretField({ id, name, type, label, current, secretSet, errors, ...aria }: Props) {
  const t = useTranslations("channels.form");
  const stored = type === "password" ? secretSet : Boolean(current);
  const [replacing, setReplacing] = useState(!stored || Boolean(errors));
  const hintId = `${id}-hint`;
  const describedBy = [stored ? hintId : null, aria["aria-describedby"]].filter(Boolean).join(" ") || undefined;
  const currentText = type === "password" ? t("currentSecret") : t("currentUrl", { url: current ?? "" });
  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {replacing ? (
        <Input
          id={id}
          name={name}
          type={type}
          // new-password keeps browsers from filling in a saved login here.
          autoComplete={type === "password" ? "new-password" : "off"}
          spellCheck={false}
          aria-invalid={aria["aria-invalid"]}
          aria-describedby={describedBy}
          autoFocus={stored}
        />
      ) : (
        <div className="flex items-center gap-2">
          <span className="text-sm text-muted-foreground" id={hintId}>
            {currentText}
          </span>
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() => setReplacing(true)}
            aria-label={`${t("replace")}: ${label}`}
          >
            {t("replace")}
          </Button>
        </div>
      )}
      {replacing && stored ? (
        <p id={hintId} className="text-xs text-muted-foreground">
          {t("keepHint", { current: currentText })}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-destructive">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
