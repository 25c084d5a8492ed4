import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ConversationQueue } from "@/components/inbox/conversation-queue";
import { db } from "@/db";
import { countConversationsByStatus, listConversations } from "@/db/queries/conversations";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { conversationStatusSchema } from "@/lib/inbox/schemas";
import { inboxQueries } from "@/lib/inbox/queries";
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
  searchParams: Promise<{ status?: string }>;
}) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "conversations.view");
  const status = conversationStatusSchema.catch("open").parse((await searchParams).status);
  const { workspaceId } = member;

  const queryClient = getQueryClient();
  const [counts] = await Promise.all([
    countConversationsByStatus(db, { workspaceId }),
    queryClient.prefetchInfiniteQuery(
      inboxQueries.list(workspaceId, status, async () =>
        jsonify(await listConversations(db, { workspaceId, status, scope: triageScope(member.user.id, member.role) })),
      ),
    ),
  ]);
  const t = await getTranslations("inbox");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <ConversationQueue
          workspaceId={workspaceId}
          slug={workspace}
          status={status}
          counts={counts}
          timeZone={member.workspace.timezone}
          canChangeStatus={can(member.role, "conversations.triage")}
        />
      </HydrationBoundary>
    </>
  );
}
