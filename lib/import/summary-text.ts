import type { ImportSummary, RowError } from "./run";

/** The CLI's human-readable summary (the `--json` flag prints the object itself). */
export function formatSummary(summary: ImportSummary, rowErrors: RowError[]): string {
  const lines = [
    `Workspace:        ${summary.workspace}`,
    `Rows read:        ${summary.rowsRead}`,
    `Imported:         ${summary.imported}`,
    `Skipped:          ${Object.values(summary.skipped).reduce((a, b) => a + (b ?? 0), 0)}`,
    ...Object.entries(summary.skipped).map(([reason, n]) => `  ${reason.padEnd(22)}${n}`),
    `Ignored columns:  ${summary.ignoredColumns.length ? summary.ignoredColumns.join(", ") : "none"}`,
    "",
    "Channel                    Replies   Signed   Personas (replies)",
    ...summary.channels.map(
      (c) =>
        `${c.handle.padEnd(26)} ${String(c.replies).padStart(7)}   ${`${Math.round(c.signedShare * 100)}%`.padStart(6)}   ${
          c.personas.map((p) => `${p.signOff} (${p.replies})`).join(", ") || "–"
        }`,
    ),
  ];
  if (rowErrors.length) {
    lines.push(
      "",
      "Rows not imported (first ones):",
      ...rowErrors.map((e) => `  line ${e.line}: ${e.reason}${e.detail ? ` — ${e.detail}` : ""}`),
    );
  }
  return `${lines.join("\n")}\n`;
}
