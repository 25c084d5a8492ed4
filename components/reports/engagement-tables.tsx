import { getFormatter, getTranslations } from "next-intl/server";
import { NameContext } from "@/components/ui/name-context";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FollowUpRow, IdentityEngagement, TopPost } from "@/db/queries/reports-engagement";
import { localDate } from "@/lib/time";

const num = "text-right tabular-nums";

export async function IdentityEngagementTable({ rows }: { rows: IdentityEngagement[] }) {
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  return (
    <Table data-testid="identity-engagement-table" scrollLabel={t("identityEngagement")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.identity")}</TableHead>
          <TableHead scope="col">{t("columns.kind")}</TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.posts")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.impressions")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.engagements")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.rate")}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.identityId}>
            <TableHead scope="row">{r.name}</TableHead>
            <TableCell>{tr(`kinds.${r.kind}`)}</TableCell>
            <TableCell className={num}>{r.posts}</TableCell>
            <TableCell className={num}>{tr("number", { value: r.impressions })}</TableCell>
            <TableCell className={num}>{tr("number", { value: r.engagements })}</TableCell>
            <TableCell className={num}>{r.rate === null ? "—" : tr("percent", { value: r.rate })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export async function TopPostsTable({
  rows,
  timeZone,
  calendarHref,
}: {
  rows: TopPost[];
  timeZone: string;
  calendarHref: (day: string) => string;
}) {
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  const format = await getFormatter();
  if (!rows.length) return <p className="text-sm text-muted-foreground">{tr("noData")}</p>;
  return (
    <Table data-testid="top-posts-table" scrollLabel={t("topPosts")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.post")}</TableHead>
          <TableHead scope="col">{t("columns.identity")}</TableHead>
          <TableHead scope="col">{t("columns.publishedAt")}</TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.impressions")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.engagements")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {tr("columns.rate")}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => {
          const date = format.dateTime(r.publishedAt, { dateStyle: "medium", timeZone });
          return (
            <TableRow key={r.postId}>
              <TableHead scope="row" className="max-w-80 font-normal whitespace-normal">
                {/* The calendar opens on the post's week (it has no per-post address yet). */}
                <a className="underline underline-offset-4" href={calendarHref(localDate(r.publishedAt, timeZone))}>
                  {r.body}
                  <NameContext>{t("openPost", { identity: r.name, date })}</NameContext>
                </a>
              </TableHead>
              <TableCell>
                {r.name} <span className="text-muted-foreground">({tr(`kinds.${r.kind}`)})</span>
              </TableCell>
              <TableCell>{date}</TableCell>
              <TableCell className={num}>{tr("number", { value: r.impressions })}</TableCell>
              <TableCell className={num}>{tr("number", { value: r.engagements })}</TableCell>
              <TableCell className={num}>{r.rate === null ? "—" : tr("percent", { value: r.rate })}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

type KindRow = { kind: "brand" | "persona"; replies: number; followedUp: number; rate: number | null };

/** Brand vs persona, the comparison the section is about, as two headline figures. */
export async function FollowUpFigures({ rows }: { rows: KindRow[] }) {
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  return (
    <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2" data-testid="follow-up-figures">
      {rows.map((r) => (
        <div key={r.kind} className="rounded-md border p-3">
          <dt className="text-sm text-muted-foreground">{tr(`kinds.${r.kind}`)}</dt>
          <dd className="text-2xl font-semibold tabular-nums">
            {r.rate === null ? "—" : tr("percent", { value: r.rate })}
          </dd>
          <dd className="text-xs text-muted-foreground">
            {t("ofReplies", { followedUp: r.followedUp, replies: r.replies })}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export async function FollowUpTable({ rows }: { rows: FollowUpRow[] }) {
  const t = await getTranslations("reportsCommunity");
  const tr = await getTranslations("reports");
  return (
    <Table data-testid="follow-up-table" scrollLabel={t("followUp")}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("columns.identity")}</TableHead>
          <TableHead scope="col">{t("columns.kind")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("columns.replies")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {t("columns.followedUp")}
          </TableHead>
          <TableHead scope="col" className="text-right">
            {t("columns.followUpRate")}
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.identityId}>
            <TableHead scope="row">{r.name}</TableHead>
            <TableCell>{tr(`kinds.${r.kind}`)}</TableCell>
            <TableCell className={num}>{r.replies}</TableCell>
            <TableCell className={num}>{r.followedUp}</TableCell>
            <TableCell className={num}>{r.rate === null ? "—" : tr("percent", { value: r.rate })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
