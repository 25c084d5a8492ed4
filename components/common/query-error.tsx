"use client";

import { RotateCw } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/fetch-json";

/**
 * A failed query, in words: the server's translated message when it answered, otherwise "could not be reached"
 * (the browser's own "Failed to fetch" is neither translated nor helpful) — and a way to try again.
 */
export function QueryError({
  error,
  onRetry,
  retrying,
}: {
  error: Error | null;
  onRetry: () => unknown;
  retrying?: boolean;
}) {
  const t = useTranslations("common");
  const message = error instanceof ApiError ? error.message : t("unreachable");
  return (
    <Alert variant="destructive" className="flex flex-wrap items-center justify-between gap-2">
      <AlertDescription>{message}</AlertDescription>
      <Button type="button" variant="outline" size="sm" onClick={() => onRetry()} disabled={retrying}>
        <RotateCw aria-hidden className={retrying ? "animate-spin" : undefined} />
        {t("reload")}
      </Button>
    </Alert>
  );
}
