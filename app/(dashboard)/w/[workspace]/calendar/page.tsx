import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarApp } from "@/components/calendar/calendar-app";
import { PageHeader } from "@/components/common/page-header";
import { db } from "@/db";
import { listPosts } from "@/db/queries/posts";
import { getCalendarContext } from "@/db/queries/posts-context";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { calendarQueries } from "@/lib/calendar/queries";
import { anchorDay, CALENDAR_VIEWS, visibleRange, type CalendarView } from "@/lib/calendar/range";
import { postFiltersSchema } from "@/lib/calendar/schemas";
import { jsonify } from "@/lib/jsonify";
import { getQueryClient } from "@/lib/query-client";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("calendar") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function CalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { workspace } = await params;
  const query = await searchParams;
  const member = await requirePermission(workspace, "posts.view");
  const { workspaceId, role } = member;
  const timeZone = member.workspace.timezone;
  const requested = one(query.view);
  const view: CalendarView = CALENDAR_VIEWS.includes(requested as CalendarView) ? (requested as CalendarView) : "week";
  const anchor = anchorDay(one(query.date), timeZone);
  // A malformed filter in a shared link is dropped, not an error page.
  const parsed = postFiltersSchema.safeParse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, one(v)])));
  const filters = parsed.success ? parsed.data : {};
  const { from, to } = visibleRange(view, anchor, timeZone);

  const queryClient = getQueryClient();
  const [context] = await Promise.all([
    getCalendarContext(db, { workspaceId, userId: member.user.id, role }),
    queryClient.prefetchQuery(
      calendarQueries.range(workspaceId, from, to, filters, async () =>
        jsonify(await listPosts(db, { workspaceId, from, to, filters })),
      ),
    ),
  ]);
  const t = await getTranslations("calendar");
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { timeZone })} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <CalendarApp
          workspaceId={workspaceId}
          timeZone={timeZone}
          initial={{ view, anchor, filters }}
          context={jsonify(context)}
          viewer={{ userId: member.user.id, role }}
          permissions={{ create: can(role, "posts.create"), approve: can(role, "posts.approve") }}
        />
      </HydrationBoundary>
    </>
  );
}
