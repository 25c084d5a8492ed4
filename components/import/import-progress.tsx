"use client";

import { useTranslations } from "next-intl";
import type { ImportRunView } from "@/db/queries/import-stage";
import type { Jsonify } from "@/lib/jsonify";

export type ImportRun = Jsonify<ImportRunView>;

/** Share done, 0–100: reading the file is the first half, writing the threads the second. */
export function importPercent(run: ImportRun) {
  if (run.status === "done") return 100;
  if (run.status === "threading") return 50 + (run.threadsTotal ? (run.threadsDone / run.threadsTotal) * 50 : 0);
  if (run.status === "staging") return run.bytesTotal ? Math.min(50, (run.bytesRead / run.bytesTotal) * 50) : 0;
  return 0;
}

export function ImportProgress({ run }: { run: ImportRun }) {
  const t = useTranslations("import.progress");
  const percent = Math.round(importPercent(run));
  return (
    <div className="grid gap-2">
      <div className="flex justify-between text-sm">
        <span>{t(`status.${run.status as "queued" | "staging" | "threading" | "done" | "failed"}`)}</span>
        <span className="tabular-nums">{t("rows", { rows: run.rowsRead })}</span>
      </div>
      <div
        role="progressbar"
        aria-label={t("label", { file: run.fileName })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-3 overflow-hidden rounded-full bg-muted"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
