import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilterForm } from "@/components/audit/audit-filter-form";
import { AuditLog } from "@/components/audit/audit-log";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { db } from "@/db";
import { listAuditEvents, listAuditFacets } from "@/db/queries/audit";
import { auditQueries } from "@/lib/audit/queries";
import { auditFiltersFromSearchParams, toAuditFilters } from "@/lib/audit/schemas";
import { requirePermission } from "@/lib/auth/member";
import { jsonify } from "@/lib/jsonify";
import { getQueryClient } from "@/lib/query-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "audit.view");
  const { workspaceId } = member;
  const timeZone = member.workspace.timezone;
  const filters = auditFiltersFromSearchParams(await searchParams);

  const queryClient = getQueryClient();
  const [facets] = await Promise.all([
    listAuditFacets(db, { workspaceId }),
    queryClient.prefetchInfiniteQuery(
      auditQueries.list(workspaceId, filters, async () =>
        jsonify(await listAuditEvents(db, { workspaceId, timeZone, filters: toAuditFilters(filters) })),
      ),
    ),
  ]);
  const t = await getTranslations("audit");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav slug={workspace} role={member.role} />
      <AuditFilterForm key={JSON.stringify(filters)} slug={workspace} filters={filters} facets={facets} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        {/* Keyed by the filters so a new filter starts a new list instead of appending to the old one. */}
        <AuditLog key={JSON.stringify(filters)} workspaceId={workspaceId} filters={filters} timeZone={timeZone} />
      </HydrationBoundary>
    </>
  );
}
