"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * A secret shown once (a new token, a new inbound secret): focus moves to it so screen readers announce it, it can
 * be copied, and "Done" hides it for good.
 */
export function OneTimeSecret({
  title,
  hint,
  value,
  onDone,
}: {
  title: string;
  hint: string;
  value: string;
  onDone: () => void;
}) {
  const t = useTranslations("api.tokens");
  const [copied, setCopied] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert ref={ref} tabIndex={-1} className="outline-ring focus-visible:outline-2" data-testid="one-time-secret">
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription className="grid gap-2">
        <p>{hint}</p>
        <code className="block break-all rounded bg-muted px-2 py-1 font-mono text-sm text-foreground">{value}</code>
        <div className="flex gap-2">
          <Button
            type="button"
            size="sm"
            variant="outline"
            onClick={() =>
              void navigator.clipboard?.writeText(value).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {copied ? t("copied") : t("copy")}
          </Button>
          <Button type="button" size="sm" onClick={onDone}>
            {t("done")}
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
