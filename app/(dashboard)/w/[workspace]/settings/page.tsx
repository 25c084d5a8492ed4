import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { WorkspaceSettingsForm } from "@/components/settings/workspace-settings-form";
import { TwoFactorPolicy } from "@/components/settings/two-factor-policy";
import { WorkspaceSummary } from "@/components/settings/workspace-summary";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { db } from "@/db";
import { getWorkspace } from "@/db/queries/workspaces";
import { requirePermission } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { timeZoneOptions } from "@/lib/workspaces/schedule";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("settings") };
}

/** Admins edit the workspace settings; other members who may open settings (managers) read them. */
export default async function SettingsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const member = await requirePermission(workspace, "members.view");
  const details = await getWorkspace(db, { workspaceId: member.workspaceId });
  if (!details) notFound();
  const [t, t2] = await Promise.all([getTranslations("settings"), getTranslations("twoFactor")]);
  const canEdit = can(member.role, "settings.manage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={canEdit ? t("description") : `${t("description")} ${t("readOnly")}`}
      />
      <SettingsNav slug={workspace} role={member.role} />
      {canEdit ? (
        <>
          <WorkspaceSettingsForm workspace={details} timeZones={timeZoneOptions()} />
          <Card className="mt-6">
            <CardHeader>
              <CardTitle>
                <h2>{t2("policyTitle")}</h2>
              </CardTitle>
              <p className="text-sm text-muted-foreground">{t2("policyDescription")}</p>
            </CardHeader>
            <CardContent>
              <TwoFactorPolicy workspaceId={member.workspaceId} required={details.requireTwoFactor} />
            </CardContent>
          </Card>
        </>
      ) : (
        <WorkspaceSummary workspace={details} />
      )}
    </>
  );
}
