"use client";

import { useTranslations } from "next-intl";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast-store";

/** The recovery codes, shown exactly once: copy, download as a text file, then done. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("twoFactor");
  const text = `${codes.join("\n")}\n`;
  return (
    <div className="grid max-w-xl gap-4">
      <Alert role="status">
        <AlertDescription>{t("recoveryIntro")}</AlertDescription>
      </Alert>
      <ul
        aria-label={t("recoveryCodes")}
        className="grid grid-cols-2 gap-2 font-mono text-sm"
        data-testid="recovery-codes"
      >
        {codes.map((code) => (
          <li key={code} className="rounded bg-muted px-2 py-1">
            {code}
          </li>
        ))}
      </ul>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          onClick={() =>
            navigator.clipboard.writeText(text).then(
              () => toast({ title: t("copied") }),
              () => toast({ title: t("copyFailed") }),
            )
          }
        >
          {t("copy")}
        </Button>
        <Button type="button" variant="outline" asChild>
          <a href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`} download="curtain-recovery-codes.txt">
            {t("download")}
          </a>
        </Button>
        <Button type="button" onClick={onDone}>
          {t("done")}
        </Button>
      </div>
    </div>
  );
}
