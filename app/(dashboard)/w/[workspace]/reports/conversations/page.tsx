import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/common/page-header";
import { DrillTable } from "@/components/reports/drill-table";
import { db } from "@/db";
import { decodeCursor } from "@/db/queries/keyset";
import { countDrillConversations, drillConversations } from "@/db/queries/reports-drill";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { filtersOf } from "@/lib/reports/load";
import { reportHref, reportParamsSchema, resolveRange, firstValues } from "@/lib/reports/params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("drill.list") };
}

const drillSchema = reportParamsSchema.extend({
  sla: z.enum(["breached", "met"]).optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

/**
 * Drill-down of a report bucket: the conversations with a response in it that match the report's filters —
 * with sla=breached the ones whose response missed its target ("the breached items of one day"). The inbox cannot
 * show this: its SLA filter is the current wait's state and its dates are creation dates, not answer dates.
 */
export default async function ReportConversationsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "reports.view");
  const raw = firstValues(await searchParams);
  const view = drillSchema.parse(raw);
  const timeZone = member.workspace.timezone;
  const range = resolveRange(view, timeZone);
  const viewer = { userId: member.user.id, wholeTeam: can(member.role, "teamReports.view") };
  const query = {
    workspaceId: member.workspaceId,
    from: range.from,
    to: range.to,
    hours: view.hours,
    filters: filtersOf(view, viewer),
    sla: view.sla,
  };
  const cursor = view.cursor ? decodeCursor(view.cursor) : undefined;
  const [page, count] = await Promise.all([
    drillConversations(db, { ...query, cursor }),
    countDrillConversations(db, query),
  ]);
  const t = await getTranslations("reports");
  const format = await getFormatter();
  const base = `/w/${workspace}/reports`;
  // The same slice on another page: every view parameter kept, the cursor replaced.
  const here = (next?: string) => {
    const search = new URLSearchParams(
      Object.entries({ ...view, cursor: next }).filter((e): e is [string, string] => typeof e[1] === "string"),
    );
    return `${base}/conversations?${search}`;
  };
  const title =
    view.sla === "breached" ? "drill.titleBreached" : view.sla === "met" ? "drill.titleMet" : "drill.titleAll";

  return (
    <div data-report-page>
      <PageHeader
        title={t(title, { from: range.firstDay, to: range.lastDay })}
        description={t("drill.description", { count, hours: t(`hours.${view.hours}`) })}
        actions={
          <Link
            href={reportHref(base, { hours: view.hours, kind: view.kind, identity: view.identity })}
            className="text-sm font-medium underline underline-offset-4 print:hidden"
          >
            {t("drill.back")}
          </Link>
        }
      />
      {page.items.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("drill.empty")}</p>
      ) : (
        <DrillTable
          items={page.items.map((item) => ({
            ...item,
            answeredAt: format.dateTime(new Date(item.lastRespondedAt), {
              dateStyle: "medium",
              timeStyle: "short",
              timeZone,
            }),
          }))}
          conversationHref={
            can(member.role, "conversations.view") ? (id: string) => `/w/${workspace}/inbox/${id}` : undefined
          }
        />
      )}
      {(view.cursor || page.nextCursor) && (
        <nav aria-label={t("drill.pagination")} className="mt-4 flex gap-4 text-sm print:hidden">
          {view.cursor ? (
            <Link className="underline underline-offset-4" href={here()}>
              {t("drill.first")}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link className="underline underline-offset-4" href={here(page.nextCursor)}>
              {t("drill.next")}
            </Link>
          ) : null}
        </nav>
      )}
    </div>
  );
}
