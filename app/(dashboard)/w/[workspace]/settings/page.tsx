import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { MembersTable } from "@/components/settings/members-table";
import { WorkspaceSummary } from "@/components/settings/workspace-summary";
import { db } from "@/db";
import { listMembers } from "@/db/queries/members";
import { getWorkspace } from "@/db/queries/workspaces";
import { requirePermission } from "@/lib/auth/member";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("settings") };
}

export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "members.view");
  const [details, members] = await Promise.all([
    getWorkspace(db, { workspaceId: member.workspaceId }),
    listMembers(db, { workspaceId: member.workspaceId }),
  ]);
  const t = await getTranslations("settings");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6">
        {details ? <WorkspaceSummary workspace={details} /> : null}
        <MembersTable members={members} timeZone={member.workspace.timezone} />
      </div>
    </>
  );
}
