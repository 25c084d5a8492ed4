import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { InviteMemberDialog } from "@/components/settings/invite-member-dialog";
import { MembersTable } from "@/components/settings/members-table";
import { PendingInvitations } from "@/components/settings/pending-invitations";
import { db } from "@/db";
import { listPendingInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { jsonify } from "@/lib/jsonify";
import { getQueryClient } from "@/lib/query-client";
import { memberQueries } from "@/lib/members/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function MembersPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "members.view");
  const { workspaceId } = member;
  const canManage = can(member.role, "members.manage");
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(
    memberQueries.list(workspaceId, async () => jsonify(await listMembers(db, { workspaceId }))),
  );
  const [t, invitations] = await Promise.all([getTranslations("members"), listPendingInvitations(db, { workspaceId })]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={canManage ? t("description") : `${t("description")} ${t("readOnly")}`}
        actions={canManage ? <InviteMemberDialog workspaceId={workspaceId} /> : null}
      />
      <SettingsNav slug={workspace} role={member.role} />
      <HydrationBoundary state={dehydrate(queryClient)}>
        <MembersTable
          workspaceId={workspaceId}
          currentUserId={member.user.id}
          canManage={canManage}
          timeZone={member.workspace.timezone}
        />
      </HydrationBoundary>
      <PendingInvitations
        workspaceId={workspaceId}
        invitations={invitations.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() }))}
        canManage={canManage}
        timeZone={member.workspace.timezone}
      />
    </>
  );
}
