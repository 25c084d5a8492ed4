import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EngagementRow } from "@/db/queries/reports";

/** Impression-weighted engagement rate of published posts, brand vs persona. */
export async function EngagementTable({ rows }: { rows: EngagementRow[] }) {
  const t = await getTranslations("reports");
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("engagement")}</h2>
        </CardTitle>
        <CardDescription>{t("engagementHint")}</CardDescription>
      </CardHeader>
      <CardContent>
        {rows.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noData")}</p>
        ) : (
          <Table scrollLabel={t("engagement")}>
            <TableHeader>
              <TableRow>
                <TableHead>{t("columns.voice")}</TableHead>
                <TableHead className="text-right">{t("columns.posts")}</TableHead>
                <TableHead className="text-right">{t("columns.impressions")}</TableHead>
                <TableHead className="text-right">{t("columns.engagements")}</TableHead>
                <TableHead className="text-right">{t("columns.rate")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.identityKind}>
                  <TableCell>{t(`kinds.${r.identityKind}`)}</TableCell>
                  <TableCell className="text-right tabular-nums">{r.posts}</TableCell>
                  <TableCell className="text-right tabular-nums">{t("number", { value: r.impressions })}</TableCell>
                  <TableCell className="text-right tabular-nums">{t("number", { value: r.engagements })}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {r.rate === null ? "—" : t("percent", { value: r.rate })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
