import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { EngagementTable } from "@/components/reports/engagement-table";
import { ResponseTimeReport } from "@/components/reports/response-time-report";
import { db } from "@/db";
import { engagementByIdentityKind, responseTimesByIdentityKind } from "@/db/queries/reports";
import { requirePermission } from "@/lib/auth/member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("reports") };
}

const PERIOD_DAYS = 30;

export default async function ReportsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "reports.view");
  const to = new Date();
  const from = new Date(to.getTime() - PERIOD_DAYS * 86_400_000);
  const range = { workspaceId: member.workspaceId, from, to };
  const [responseTimes, engagement] = await Promise.all([
    responseTimesByIdentityKind(db, range),
    engagementByIdentityKind(db, range),
  ]);
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { days: PERIOD_DAYS })} />
      <div className="grid grid-cols-1 gap-6">
        <ResponseTimeReport rows={responseTimes} />
        <EngagementTable rows={engagement} />
      </div>
    </>
  );
}
