import { getTranslations } from "next-intl/server";
import { Duration } from "@/components/common/duration";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ResponseStat } from "@/db/queries/reports-histograms";
import type { SlaStat } from "@/db/queries/reports-sla";
import type { TeamRow } from "@/lib/reports/load";

const percent = (value: number | null) => (value === null ? "—" : `${(value * 100).toFixed(1)} %`);

/** Relative change of a duration against the previous period, e.g. "−12 %" (faster is negative). */
function Delta({ now, before }: { now: number | null; before: number | null | undefined }) {
  if (now === null || !before) return null;
  const change = (now / before - 1) * 100;
  return (
    <span className="ml-1 text-xs text-muted-foreground tabular-nums">
      ({change > 0 ? "+" : change < 0 ? "−" : "±"}
      {Math.abs(change).toFixed(0)} %)
    </span>
  );
}

export async function KindsTable({ rows, previous }: { rows: ResponseStat[]; previous: ResponseStat[] | null }) {
  const t = await getTranslations("reports");
  if (!rows.length) return <p className="text-sm text-muted-foreground">{t("noData")}</p>;
  const before = (kind: string | null) => previous?.find((p) => p.key[0] === kind);
  return (
    <Table scrollLabel={t("summary")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.voice")}</TableHead>
          <TableHead scope="col">{t("columns.responses")}</TableHead>
          <TableHead scope="col">{t("columns.median")}</TableHead>
          <TableHead scope="col">{t("columns.p90")}</TableHead>
          <TableHead scope="col">{t("columns.firstMedian")}</TableHead>
          <TableHead scope="col">{t("columns.sla")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => {
          const p = before(r.key[0] ?? null);
          return (
            <TableRow key={r.key[0]}>
              <TableHead scope="row">{t(`kinds.${r.key[0] === "brand" ? "brand" : "persona"}`)}</TableHead>
              <TableCell className="tabular-nums">{r.responses}</TableCell>
              <TableCell>
                <Duration seconds={r.medianSeconds} />
                {previous && <Delta now={r.medianSeconds} before={p?.medianSeconds} />}
              </TableCell>
              <TableCell>
                <Duration seconds={r.p90Seconds} />
                {previous && <Delta now={r.p90Seconds} before={p?.p90Seconds} />}
              </TableCell>
              <TableCell>
                <Duration seconds={r.firstMedianSeconds} />
                {previous && <Delta now={r.firstMedianSeconds} before={p?.firstMedianSeconds} />}
              </TableCell>
              <TableCell className="tabular-nums">
                {percent(r.slaAttainment)}
                {previous && p && (
                  <span className="ml-1 text-xs text-muted-foreground">
                    ({t("previous", { value: percent(p.slaAttainment) })})
                  </span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

export async function IdentityTable({
  rows,
  inboxHref,
}: {
  rows: (ResponseStat & { name: string; kind: string })[];
  inboxHref: (identityId: string, kind: string) => string;
}) {
  const t = await getTranslations("reports");
  if (!rows.length) return <p className="text-sm text-muted-foreground">{t("noData")}</p>;
  return (
    <Table scrollLabel={t("perIdentity")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.identity")}</TableHead>
          <TableHead scope="col">{t("columns.kind")}</TableHead>
          <TableHead scope="col">{t("columns.responses")}</TableHead>
          <TableHead scope="col">{t("columns.median")}</TableHead>
          <TableHead scope="col">{t("columns.p90")}</TableHead>
          <TableHead scope="col">{t("columns.sla")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key[0]}>
            <TableHead scope="row">
              <a
                className="underline underline-offset-4"
                href={inboxHref(r.key[0]!, r.kind)}
                aria-label={t("openInbox", { name: r.name })}
              >
                {r.name}
              </a>
            </TableHead>
            <TableCell>{t(`kinds.${r.kind === "brand" ? "brand" : "persona"}`)}</TableCell>
            <TableCell className="tabular-nums">{r.responses}</TableCell>
            <TableCell>
              <Duration seconds={r.medianSeconds} />
            </TableCell>
            <TableCell>
              <Duration seconds={r.p90Seconds} />
            </TableCell>
            <TableCell className="tabular-nums">{percent(r.slaAttainment)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export async function SlaTable({ rows }: { rows: SlaStat[] }) {
  const t = await getTranslations("reports");
  if (!rows.length) return <p className="text-sm text-muted-foreground">{t("noData")}</p>;
  const order = ["urgent", "high", "normal", "low"];
  const sorted = [...rows].sort((a, b) => order.indexOf(a.key[0] ?? "") - order.indexOf(b.key[0] ?? ""));
  return (
    <Table scrollLabel={t("sla")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.priority")}</TableHead>
          <TableHead scope="col">{t("columns.responses")}</TableHead>
          <TableHead scope="col">{t("columns.sla")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sorted.map((r) => (
          <TableRow key={r.key[0]}>
            <TableHead scope="row">
              {t(`priorities.${(r.key[0] ?? "normal") as "urgent" | "high" | "normal" | "low"}`)}
            </TableHead>
            <TableCell className="tabular-nums">{r.responses}</TableCell>
            <TableCell className="tabular-nums">{percent(r.slaAttainment)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export async function TeamTable({ rows }: { rows: TeamRow[] }) {
  const t = await getTranslations("reports");
  if (!rows.length) return <p className="text-sm text-muted-foreground">{t("noData")}</p>;
  return (
    <Table data-testid="team-table" scrollLabel={t("team")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.member")}</TableHead>
          <TableHead scope="col">{t("columns.responses")}</TableHead>
          <TableHead scope="col">{t("columns.median")}</TableHead>
          <TableHead scope="col">{t("columns.p90")}</TableHead>
          <TableHead scope="col">{t("columns.sla")}</TableHead>
          <TableHead scope="col">{t("columns.resolved")}</TableHead>
          <TableHead scope="col">{t("spokeAs")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.userId ?? "none"}>
            <TableHead scope="row">{r.name}</TableHead>
            <TableCell className="tabular-nums">{r.responses}</TableCell>
            <TableCell>
              <Duration seconds={r.medianSeconds} />
            </TableCell>
            <TableCell>
              <Duration seconds={r.p90Seconds} />
            </TableCell>
            <TableCell className="tabular-nums">{percent(r.slaAttainment)}</TableCell>
            <TableCell className="tabular-nums">{r.resolved}</TableCell>
            <TableCell>{r.spokeAs.map((s) => `${s.name} (${s.responses})`).join(", ")}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
