import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { QueueView } from "@/components/inbox/queue-view";
import { db } from "@/db";
import { queueOptions } from "@/db/queries/queue-options";
import { loadQueuePage } from "@/db/queries/queue-page";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { parseQueueFilters, queueSearch } from "@/lib/inbox/filters";
import { queueQueries } from "@/lib/inbox/queries";
import { triageScope } from "@/lib/inbox/triage";
import { jsonify } from "@/lib/jsonify";
import { getQueryClient } from "@/lib/query-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("inbox") };
}

export default async function InboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "conversations.view");
  const { workspaceId } = member;
  const { filters, ignored } = parseQueueFilters(await searchParams);
  const search = queueSearch(filters);
  const ctx = {
    workspaceId,
    userId: member.user.id,
    timeZone: member.workspace.timezone,
    scope: triageScope(member.user.id, member.role),
  };

  const queryClient = getQueryClient();
  const [options] = await Promise.all([
    queueOptions(db, { workspaceId }),
    queryClient.prefetchInfiniteQuery(
      queueQueries.page(workspaceId, search, async () => jsonify(await loadQueuePage(db, ctx, filters))),
    ),
  ]);
  const t = await getTranslations("inbox");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <QueueView
          workspaceId={workspaceId}
          slug={workspace}
          filters={filters}
          ignored={ignored}
          options={options}
          currentUserId={member.user.id}
          timeZone={member.workspace.timezone}
          permissions={{
            triage: can(member.role, "conversations.triage"),
            assign: can(member.role, "conversations.assign"),
          }}
        />
      </HydrationBoundary>
    </>
  );
}
