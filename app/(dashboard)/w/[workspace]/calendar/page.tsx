import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PostWeek } from "@/components/calendar/post-week";
import { PageHeader } from "@/components/common/page-header";
import { db } from "@/db";
import { listPosts } from "@/db/queries/posts";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { calendarQueries } from "@/lib/calendar/queries";
import { jsonify } from "@/lib/jsonify";
import { getQueryClient } from "@/lib/query-client";
import { addLocalDays, startOfWeek } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("calendar") };
}

export default async function CalendarPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "posts.view");
  const { workspaceId } = member;
  const timeZone = member.workspace.timezone;
  const from = startOfWeek(new Date(), timeZone);
  const to = addLocalDays(from, 7, timeZone);

  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(
    calendarQueries.range(workspaceId, from, to, async () => jsonify(await listPosts(db, { workspaceId, from, to }))),
  );
  const t = await getTranslations("calendar");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { timeZone })} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <PostWeek
          workspaceId={workspaceId}
          timeZone={timeZone}
          initialFrom={from.toISOString()}
          canApprove={can(member.role, "posts.approve")}
        />
      </HydrationBoundary>
    </>
  );
}
