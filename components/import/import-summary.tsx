"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportSummary as Summary, RowError } from "@/lib/import/run";

export function ImportSummary({ summary }: { summary: Summary & { rowErrors?: RowError[] } }) {
  const t = useTranslations("import.summary");
  const format = useFormatter();
  const skipped = Object.entries(summary.skipped);
  return (
    <div className="grid gap-3 text-sm">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted-foreground">{t("rowsRead")}</dt>
        <dd className="tabular-nums">{format.number(summary.rowsRead)}</dd>
        <dt className="text-muted-foreground">{t("imported")}</dt>
        <dd className="tabular-nums">{format.number(summary.imported)}</dd>
        <dt className="text-muted-foreground">{t("skipped")}</dt>
        <dd>
          {skipped.length
            ? skipped
                .map(([reason, n]) =>
                  t("skippedReason", { reason: t(`reasons.${reason}` as "reasons.duplicate"), count: n ?? 0 }),
                )
                .join(" · ")
            : t("none")}
        </dd>
        <dt className="text-muted-foreground">{t("ignoredColumns")}</dt>
        <dd>{summary.ignoredColumns.length ? summary.ignoredColumns.join(", ") : t("none")}</dd>
      </dl>
      {summary.channels.length ? (
        <div className="overflow-x-auto rounded-lg border">
          <Table>
            <caption className="sr-only">{t("channelsCaption")}</caption>
            <TableHeader>
              <TableRow>
                <TableHead>{t("channel")}</TableHead>
                <TableHead className="text-right">{t("replies")}</TableHead>
                <TableHead className="text-right">{t("signed")}</TableHead>
                <TableHead>{t("personas")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.channels.map((c) => (
                <TableRow key={c.handle}>
                  <TableCell>@{c.handle}</TableCell>
                  <TableCell className="text-right tabular-nums">{format.number(c.replies)}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {format.number(c.signedShare, { style: "percent" })}
                  </TableCell>
                  <TableCell>{c.personas.map((p) => `${p.signOff} (${p.replies})`).join(", ") || "–"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : null}
      {summary.rowErrors?.length ? (
        <details>
          <summary className="cursor-pointer">{t("rowErrors", { count: summary.rowErrors.length })}</summary>
          <ul className="mt-2 list-disc pl-5">
            {summary.rowErrors.map((e) => (
              <li key={`${e.line}-${e.reason}`}>
                {t("rowError", { line: e.line, reason: t(`reasons.${e.reason}` as "reasons.duplicate") })}
                {e.detail ? ` — ${e.detail}` : ""}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
