import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CategoryMixRow, Conversion } from "@/db/queries/reports-community";
import type { VolumeRow } from "@/db/queries/reports-volume";
import { CATEGORIES } from "@/db/schema/enums";

const num = "text-right tabular-nums";

/** Counts per period, one numeric column per key: the volume and category-mix tables share this shape. */
function PeriodCountTable<K extends string>({
  testId,
  label,
  periodLabel,
  columns,
  rows,
}: {
  testId: string;
  label: string;
  periodLabel: string;
  columns: readonly { key: K; label: string }[];
  rows: readonly ({ period: string } & Record<K, number>)[];
}) {
  return (
    <Table data-testid={testId} scrollLabel={label}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{periodLabel}</TableHead>
          {columns.map((c) => (
            <TableHead key={c.key} scope="col" className="text-right">
              {c.label}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.period}>
            <TableHead scope="row">{r.period}</TableHead>
            {columns.map((c) => (
              <TableCell key={c.key} className={num}>
                {r[c.key]}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export async function VolumeTable({ rows }: { rows: VolumeRow[] }) {
  const t = await getTranslations("reportsCommunity");
  const keys = ["inbound", "answeredBrand", "answeredPersona", "backlog"] as const;
  return (
    <PeriodCountTable
      testId="volume-table"
      label={t("volume")}
      periodLabel={t("columns.period")}
      columns={keys.map((key) => ({ key, label: t(`columns.${key}`) }))}
      rows={rows}
    />
  );
}

export async function CategoryMixTable({ rows }: { rows: CategoryMixRow[] }) {
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  return (
    <PeriodCountTable
      testId="category-mix-table"
      label={t("community")}
      periodLabel={t("columns.period")}
      columns={CATEGORIES.map((key) => ({ key, label: tr(`categories.${key}`) }))}
      rows={rows}
    />
  );
}

/** The period's headline figures as a description list (read in order by screen readers, no chart needed). */
export async function CommunityFigures(props: {
  uniqueContacts: number;
  returningContacts: number;
  criticToFan: number;
}) {
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  const figures = [
    ["uniqueContacts", props.uniqueContacts],
    ["returningContacts", props.returningContacts],
    ["criticToFan", props.criticToFan],
  ] as const;
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3" data-testid="community-figures">
      {figures.map(([key, value]) => (
        <div key={key} className="rounded-md border p-3">
          <dt className="text-sm text-muted-foreground">{t(`figures.${key}`)}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{tr("number", { value })}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function ConversionsTable({
  rows,
  timeZone,
  conversationHref,
}: {
  rows: Conversion[];
  timeZone: string;
  conversationHref: (id: string) => string;
}) {
  const t = await getTranslations("reportsCommunity");
  const format = await getFormatter();
  if (!rows.length) return <p className="text-sm text-muted-foreground">{t("noConversions")}</p>;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone });
  return (
    <Table data-testid="conversions-table" scrollLabel={t("conversions")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.contact")}</TableHead>
          <TableHead scope="col">{t("columns.handle")}</TableHead>
          <TableHead scope="col">{t("columns.criticisedAt")}</TableHead>
          <TableHead scope="col">{t("columns.praisedAt")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.contactId}>
            <TableHead scope="row">
              <a
                className="underline underline-offset-4"
                href={conversationHref(r.conversationId)}
                aria-label={t("openConversation", { name: r.name })}
              >
                {r.name}
              </a>
            </TableHead>
            <TableCell>{r.handle}</TableCell>
            <TableCell>{date(r.criticisedAt)}</TableCell>
            <TableCell>{date(r.praisedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
