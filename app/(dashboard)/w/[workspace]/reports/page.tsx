import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { PageHeader } from "@/components/common/page-header";
import { CommunitySections } from "@/components/reports/community-sections";
import { EngagementTable } from "@/components/reports/engagement-table";
import { ReportFilters } from "@/components/reports/report-filters";
import { ReportSection } from "@/components/reports/report-section";
import { ChartOrTable } from "@/components/reports/chart-or-table";
import { ConversationExport } from "@/components/reports/conversation-export";
import { IdentityTable, KindsTable, SlaTable, TeamTable } from "@/components/reports/report-tables";
import { DistributionTable, SeriesTable, SlaSeriesTable } from "@/components/reports/response-tables";
import { LazyDistributionChart, LazySeriesChart, LazySlaSeriesChart } from "@/components/reports/series-chart-lazy";
import { db } from "@/db";
import { requirePermission } from "@/lib/auth/member";
import { loadReport, reportFilterOptions } from "@/lib/reports/load";
import { bucketDays, drillHref } from "@/lib/reports/drill";
import { reportParamsSchema, resolveRange, firstValues } from "@/lib/reports/params";
import { seriesPoints } from "@/lib/reports/series";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("reports") };
}

export default async function ReportsPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "reports.view");
  const raw = firstValues(await searchParams);
  const view = reportParamsSchema.parse(raw);
  const timezone = member.workspace.timezone;
  const range = resolveRange(view, timezone);
  const [data, options] = await Promise.all([
    loadReport(db, {
      workspaceId: member.workspaceId,
      timezone,
      userId: member.user.id,
      role: member.role,
      params: view,
      range,
    }),
    reportFilterOptions(db, { workspaceId: member.workspaceId, role: member.role }),
  ]);
  const t = await getTranslations("reports");

  const query = new URLSearchParams(
    Object.entries(view).filter((e): e is [string, string] => typeof e[1] === "string"),
  );
  const exportHref = (table: string) => `/api/w/${member.workspaceId}/reports/export?table=${table}&${query}`;
  // Drill-down: the inbox with the URL contract's filters (voice, and the range on the conversation's creation day).
  const inboxHref = (identityId: string, kind: string) =>
    `/w/${workspace}/inbox?${new URLSearchParams({
      view: kind === "brand" ? "brand" : `persona:${identityId}`,
      status: "open,pending,snoozed,resolved",
      from: range.firstDay,
      to: range.lastDay,
    })}`;
  // Drill-down from a chart bucket: the conversations answered in it (all, or those that breached the SLA).
  const reportsBase = `/w/${workspace}/reports`;
  const points = seriesPoints(data.series);
  const bucketHrefs = (periods: string[], sla?: "breached") =>
    Object.fromEntries(periods.map((p) => [p, drillHref(reportsBase, view, bucketDays(range.period, p, range), sla)]));
  const seriesDrill = bucketHrefs(points.map((p) => p.period));
  const breachedDrill = bucketHrefs(
    data.slaSeries.map((p) => p.period),
    "breached",
  );
  const hasDistribution = data.distribution.some((p) => p.brand + p.persona > 0);

  return (
    <div data-report-page>
      <PageHeader
        title={t("title")}
        description={t("description", { from: range.firstDay, to: range.lastDay, hours: t(`hours.${view.hours}`) })}
      />
      <div className="flex flex-col gap-6">
        <ReportFilters params={view} identities={options.identityOptions} members={options.memberOptions} />
        <ReportSection
          title={t("summary")}
          hint={t("summaryHint")}
          exportHref={exportHref("kinds")}
          exportTable={t("tables.kinds")}
          definitions={["responseTime", "percentiles", "sla"]}
        >
          <KindsTable rows={data.kinds} previous={data.previousKinds} />
        </ReportSection>
        <ReportSection
          title={t("overTime")}
          hint={t("overTimeHint", { period: t(`periods.${range.period}`) })}
          exportHref={exportHref("series")}
          exportTable={t("tables.series")}
          definitions={["responseTime", "percentiles"]}
        >
          {data.series.length ? (
            <ChartOrTable
              name={t("overTime")}
              chart={<LazySeriesChart points={points} drill={seriesDrill} />}
              table={<SeriesTable points={points} drill={seriesDrill} />}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{t("noData")}</p>
          )}
        </ReportSection>
        <ReportSection
          title={t("distribution.title")}
          hint={t("distribution.hint")}
          exportHref={exportHref("distribution")}
          exportTable={t("tables.distribution")}
          definitions={["responseTime", "distribution"]}
        >
          {hasDistribution ? (
            <ChartOrTable
              name={t("distribution.title")}
              chart={<LazyDistributionChart points={data.distribution} />}
              table={<DistributionTable points={data.distribution} />}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{t("noData")}</p>
          )}
        </ReportSection>
        <ReportSection
          title={t("perIdentity")}
          hint={t("perIdentityHint")}
          exportHref={exportHref("identities")}
          exportTable={t("tables.identities")}
          definitions={["responseTime", "percentiles", "sla"]}
        >
          <IdentityTable rows={data.perIdentity} inboxHref={inboxHref} />
        </ReportSection>
        <ReportSection
          title={t("sla")}
          hint={t("slaHint")}
          exportHref={exportHref("sla")}
          exportTable={t("tables.sla")}
          definitions={["sla"]}
        >
          <SlaTable rows={data.sla} />
        </ReportSection>
        <ReportSection
          title={t("slaOverTime.title")}
          hint={t("slaOverTime.hint", { period: t(`periods.${range.period}`) })}
          exportHref={exportHref("slaSeries")}
          exportTable={t("tables.slaSeries")}
          definitions={["sla"]}
        >
          {data.slaSeries.length ? (
            <ChartOrTable
              name={t("slaOverTime.title")}
              chart={<LazySlaSeriesChart points={data.slaSeries} drill={breachedDrill} />}
              table={<SlaSeriesTable points={data.slaSeries} breachedHref={breachedDrill} />}
            />
          ) : (
            <p className="text-sm text-muted-foreground">{t("noData")}</p>
          )}
        </ReportSection>
        <ReportSection
          title={t("team")}
          hint={data.wholeTeam ? t("teamHint") : `${t("teamHint")} ${t("teamOwnOnly")}`}
          exportHref={exportHref("team")}
          exportTable={t("tables.team")}
          definitions={["responseTime", "percentiles", "sla"]}
        >
          <TeamTable rows={data.team} />
        </ReportSection>
        <EngagementTable rows={data.engagement} />
        <ConversationExport
          count={data.conversations}
          href={`/api/w/${member.workspaceId}/reports/export/conversations?${query}`}
        />
        {/* Volume, community and engagement stream in after the response-time sections. */}
        <Suspense fallback={<div className="h-96 animate-pulse rounded-xl bg-muted" aria-hidden="true" />}>
          <CommunitySections
            slug={workspace}
            workspaceId={member.workspaceId}
            timezone={timezone}
            viewer={{ userId: member.user.id, role: member.role }}
            params={view}
            range={range}
            exportHref={exportHref}
          />
        </Suspense>
      </div>
    </div>
  );
}
