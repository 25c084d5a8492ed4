import { getTranslations } from "next-intl/server";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NameContext } from "@/components/ui/name-context";

type Definition = "responseTime" | "percentiles" | "sla" | "engagement" | "distribution";

/** One report card: title, hint, a CSV export link, the content, and "How is this computed?" (no JS needed). */
export async function ReportSection({
  title,
  hint,
  exportHref,
  exportTable,
  definitions,
  notes = [],
  children,
}: {
  title: string;
  hint: string;
  exportHref?: string;
  /** Which table the CSV holds, already translated: told to screen readers after the link's visible text. */
  exportTable?: string;
  definitions: Definition[];
  /** Further definitions, already translated (sections whose texts live in their own message file). */
  notes?: string[];
  children: React.ReactNode;
}) {
  const t = await getTranslations("reports");
  return (
    <Card className="break-inside-avoid">
      <CardHeader>
        <CardTitle>
          <h2>{title}</h2>
        </CardTitle>
        <CardDescription>{hint}</CardDescription>
        {exportHref && (
          <CardAction>
            <a href={exportHref} download className="text-sm font-medium underline underline-offset-4 print:hidden">
              {t("exportCsv")}
              {exportTable ? <NameContext>{t("exportCsvTable", { table: exportTable })}</NameContext> : null}
            </a>
          </CardAction>
        )}
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {children}
        <details className="text-sm text-muted-foreground">
          <summary className="cursor-pointer font-medium">{t("howComputed")}</summary>
          {definitions.map((d) => (
            <p key={d} className="mt-2">
              {t(`definitions.${d}`)}
            </p>
          ))}
          {notes.map((note) => (
            <p key={note} className="mt-2">
              {note}
            </p>
          ))}
        </details>
      </CardContent>
    </Card>
  );
}
